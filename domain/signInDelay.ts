/**
 * How long a sign-in attempt waits before its password is checked, from the failed attempts of the
 * last 15 minutes. Guessing from one client slows down steeply; failures on an account from anywhere
 * add only a small, capped delay — so strangers can slow an account down a little but never lock
 * its agent out (there is no refusal, only waiting).
 */
export const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

const CLIENT_FREE_FAILURES = 3;
const CLIENT_BASE_MS = 100;
const CLIENT_MAX_MS = 10_000;
const ACCOUNT_FREE_FAILURES = 5;
const ACCOUNT_BASE_MS = 50;
const ACCOUNT_MAX_MS = 2_000;

function progressive(failures: number, free: number, baseMs: number, maxMs: number): number {
  if (failures < free) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - free, 20));
}

export function signInDelayMs(failures: { readonly client: number; readonly account: number }): number {
  return (
    progressive(failures.client, CLIENT_FREE_FAILURES, CLIENT_BASE_MS, CLIENT_MAX_MS) +
    progressive(failures.account, ACCOUNT_FREE_FAILURES, ACCOUNT_BASE_MS, ACCOUNT_MAX_MS)
  );
}

/** The longest any attempt waits: the client's cap plus the account's. */
export const MAX_SIGN_IN_DELAY_MS = CLIENT_MAX_MS + ACCOUNT_MAX_MS;
