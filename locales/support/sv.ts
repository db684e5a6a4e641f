import type { SupportMessages } from './en';

export const supportSv = {} as const satisfies SupportMessages;
