import { describe, expect, it } from 'vitest';
import { prepareUnderstander, understander, warmUpUnderstanding } from '../../services/understanding';

describe('understanding warm-up', () => {
  it('trains once in the background, and a message after it uses that training instead of training again', async () => {
    const warming = warmUpUnderstanding();
    // A message arriving while it trains awaits the same training.
    const early = prepareUnderstander();
    await warming;
    const ready = await early;
    expect(understander()).toBe(ready);
    expect(ready.understand({ text: 'jeg vil gerne oprette en virksomhedskonto', language: 'da' }).id).toBe('account.apply');
  });
});
