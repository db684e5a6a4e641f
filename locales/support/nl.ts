import type { SupportMessages } from './en';

export const supportNl = {} as const satisfies SupportMessages;
