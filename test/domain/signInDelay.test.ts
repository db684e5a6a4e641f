import { describe, expect, it } from 'vitest';
import { MAX_SIGN_IN_DELAY_MS, signInDelayMs } from '../../domain/signInDelay';

describe('signInDelayMs', () => {
  it('lets the first few mistakes through without waiting', () => {
    expect(signInDelayMs({ client: 0, account: 0 })).toBe(0);
    expect(signInDelayMs({ client: 2, account: 4 })).toBe(0);
  });

  it('slows one guessing client down steeply, up to its cap', () => {
    const delays = [3, 4, 5, 6, 30, 1000].map((client) => signInDelayMs({ client, account: 0 }));
    expect(delays).toEqual([100, 200, 400, 800, 10_000, 10_000]);
  });

  it('lets failures on an account from anywhere add at most two seconds for its own agent', () => {
    expect(signInDelayMs({ client: 0, account: 5 })).toBe(50);
    expect(signInDelayMs({ client: 0, account: 1_000_000 })).toBe(2_000);
    expect(signInDelayMs({ client: 1_000_000, account: 1_000_000 })).toBe(MAX_SIGN_IN_DELAY_MS);
  });
});
