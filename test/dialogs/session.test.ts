import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, Dialog, DialogSet } from '../../dialogs/dialogKit';
import { EMPTY_SESSION, parseSession, rememberInput, RECENT_MAX, sessionOf, type SessionStore } from '../../dialogs/session';

describe('parseSession', () => {
  it('reads nothing stored as the empty session', () => {
    expect(parseSession(undefined)).toEqual(EMPTY_SESSION);
    expect(parseSession({})).toEqual(EMPTY_SESSION);
  });

  it('reads the keys stored before the session existed', () => {
    const stored = { 'faq.streak': { misses: 1, open: { topicId: 'cps.fees', question: 'fees?' } }, 'support.recent': [{ at: '2026-11-25T09:00:00.000Z', text: 'hello' }] };
    expect(parseSession(stored)).toEqual({
      faqStreak: { misses: 1, open: { topicId: 'cps.fees', question: 'fees?' } },
      recentInputs: [{ at: '2026-11-25T09:00:00.000Z', text: 'hello' }],
    });
  });

  it('reads malformed values as empty ones', () => {
    expect(parseSession({ 'faq.streak': 'three', 'support.recent': { at: 'x', text: 'y' } })).toEqual(EMPTY_SESSION);
    expect(parseSession({ 'faq.streak': { misses: -4 } }).faqStreak.misses).toBe(0);
  });

  it('drops malformed recent inputs and keeps the well-formed ones', () => {
    const recent = [null, 7, { at: 1, text: 'no' }, { at: '2026-11-25T09:00:00.000Z' }, { at: '2026-11-25T09:01:00.000Z', text: 'kept' }];
    expect(parseSession({ 'support.recent': recent }).recentInputs).toEqual([{ at: '2026-11-25T09:01:00.000Z', text: 'kept' }]);
  });

  it('keeps at most the last RECENT_MAX recent inputs', () => {
    const recent = Array.from({ length: RECENT_MAX + 5 }, (_, i) => ({ at: '2026-11-25T09:00:00.000Z', text: `t${i}` }));
    const read = parseSession({ 'support.recent': recent }).recentInputs;
    expect(read.map((r) => r.text)).toEqual(recent.slice(-RECENT_MAX).map((r) => r.text));
  });
});

/** A dialog two levels above the main one, which records what it sees of the session. */
class Inner extends Dialog {
  constructor(private readonly probe: (session: SessionStore) => void) {
    super('inner');
  }
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    this.probe(sessionOf(dc));
    return Dialog.EndOfTurn;
  }
}

class Middle extends ComponentDialog {
  constructor(probe: (session: SessionStore) => void) {
    super('middle');
    this.addDialog(new Inner(probe));
  }
}

class Main extends ComponentDialog {
  constructor(probe: (session: SessionStore) => void) {
    super('main');
    this.addDialog(new Middle(probe));
  }
  protected override async onBeginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    rememberInput(sessionOf(dc), 'hello', new Date('2026-11-25T09:00:00Z'));
    return dc.beginDialog('middle');
  }
}

describe('sessionOf', () => {
  it('finds the main dialog state from a dialog nested inside it, and writes there', async () => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const property = conversationState.createProperty<DialogState>('dialogState');
    let seen: unknown;
    const dialogs = new DialogSet(property).add(
      new Main((session) => {
        seen = session.read().recentInputs;
        session.write({ faqStreak: { misses: 2 } });
      }),
    );
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const dc = await dialogs.createContext(context);
      await dc.beginDialog('main');
      await conversationState.saveChanges(context);
    });
    await adapter.send('hi');

    expect(seen).toEqual([{ at: '2026-11-25T09:00:00.000Z', text: 'hello' }]);
    const stored = Object.values(storage['memory'] as Record<string, string>).map((json) => JSON.parse(json) as { dialogState?: DialogState });
    const mainState = stored.find((s) => s.dialogState)?.dialogState?.dialogStack[0]?.state as Record<string, unknown>;
    expect(mainState['faq.streak']).toEqual({ misses: 2 });
    expect(mainState['support.recent']).toEqual([{ at: '2026-11-25T09:00:00.000Z', text: 'hello' }]);
  });

  it('stores nothing and reads the empty session when no dialog has begun', async () => {
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    let read: unknown;
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const session = sessionOf(await dialogs.createContext(context));
      session.write({ faqStreak: { misses: 1 } });
      read = session.read();
    });
    await adapter.send('hi');
    expect(read).toEqual(EMPTY_SESSION);
  });
});
