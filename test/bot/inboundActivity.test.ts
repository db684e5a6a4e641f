import { describe, expect, it } from 'vitest';
import { validateInboundActivity, withStorableStrings } from '../../bot/inboundActivity';

describe('withStorableStrings', () => {
  it('drops U+0000 and replaces lone surrogate halves, keeping real pairs', () => {
    const body = JSON.parse('{"text":"a\\u0000b\\ud800c","\\udc00key":["😀","\\ud83d"]}') as unknown;
    expect(withStorableStrings(body)).toEqual({ text: 'ab\uFFFDc', '\uFFFDkey': ['😀', '\uFFFD'] });
  });
});

describe('validateInboundActivity', () => {
  it('names a missing conversation', () => {
    expect(validateInboundActivity({ type: 'message', channelId: 'x', serviceUrl: 'http://x', from: { id: 'u' } })).toContain('conversation');
  });
});
