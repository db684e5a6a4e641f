import type { SupportMessages } from './en';

export const supportDa = {} as const satisfies SupportMessages;
