import type { WebMessages } from './en';

export const webNl = {} as const satisfies WebMessages;
