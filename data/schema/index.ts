// One file per aggregate; this index is what drizzle-kit and the app import.
export * from './botState';
export { languageEnum, type CurrencyCode, type Language } from './common';
export * from './countries';
export * from './members';
export * from './businesses';
export * from './products';
export * from './legacy';
export * from './tiers';
export * from './memberships';
export * from './bankStatements';
export * from './support';
export * from './audit';
export * from './faq';
export * from './jobs';
export * from './meta';
export * from './events';
