import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from '../../../bot/http/body';

describe('jsonDepthExceeds', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${'['.repeat(100)}"}`, 3)).toBe(false);
  });

  it('understands escaped quotes inside strings', () => {
    expect(jsonDepthExceeds('{"a":"x\\"[[[[[","b":1}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":"x\\\\"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"x\\\\",' + '"b":[[[1]]]}', 3)).toBe(true);
  });

  it('measures depth, not the number of brackets', () => {
    expect(jsonDepthExceeds(`[${'[],'.repeat(10_000)}[]]`, 2)).toBe(false);
  });
});
