import type { WebMessages } from './en';

export const webDa = {} as const satisfies WebMessages;
