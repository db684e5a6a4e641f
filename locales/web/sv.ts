import type { WebMessages } from './en';

export const webSv = {} as const satisfies WebMessages;
