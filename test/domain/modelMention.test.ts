import { describe, expect, it } from 'vitest';
import { mentionedModel } from '../../domain/modelMention';

const models = [{ name: 'Canon EOS R5' }, { name: 'Canon EOS R5 Mark II' }, { name: 'Canon EOS R5 C' }, { name: 'Canon RF 70-200mm F2.8 L IS USM' }, { name: 'Canon EF 70-200mm f/2.8L IS III USM' }];

describe('mentionedModel', () => {
  it('finds the model a member names, the longest name winning', () => {
    expect(mentionedModel('how many points is the eos r5 worth', models)?.name).toBe('Canon EOS R5');
    expect(mentionedModel('points for my R5 mark ii?', models)?.name).toBe('Canon EOS R5 Mark II');
    expect(mentionedModel('punten voor een rf 70-200 f2.8', models)?.name).toBe('Canon RF 70-200mm F2.8 L IS USM');
  });

  it('finds nothing when no model is named', () => {
    expect(mentionedModel('how many points does a camera give', models)).toBeUndefined();
  });
});
