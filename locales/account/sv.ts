import type { AccountMessages } from './en';

export const accountSv = {} as const satisfies AccountMessages;
