// One file per aggregate; this index is what drizzle-kit and the app import.
export * from './botState';
