import type { AccountMessages } from './en';

export const accountDa = {} as const satisfies AccountMessages;
