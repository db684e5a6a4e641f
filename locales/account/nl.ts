import type { AccountMessages } from './en';

export const accountNl = {} as const satisfies AccountMessages;
