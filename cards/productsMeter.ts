import type { MessageKey, Translate } from '../locales';
import { text, type CardElement } from './adaptive';

export interface MilestoneView {
  readonly name: string;
  readonly shownPoints: number;
  readonly moreThan: boolean;
  readonly reached: boolean;
  readonly toGo: number;
}

/** Where the member's points stand (computed by domain/points). */
export interface MeterView {
  readonly total: number;
  readonly milestones: readonly MilestoneView[];
  /** The next milestone's threshold, or undefined when all are reached. */
  readonly nextTarget?: number;
  /** 0…1 toward the next milestone. */
  readonly progress: number;
  readonly invited: boolean;
  /** Points still missing for the invitation to join CPS. */
  readonly toInvitation: number;
}

export type WhatIfView =
  | { readonly kind: 'complete'; readonly model: string; readonly points: number; readonly tier: string }
  | { readonly kind: 'register'; readonly model: string; readonly points: number; readonly tier: string }
  | { readonly kind: 'closer'; readonly model: string; readonly add: number; readonly toGo: number; readonly tier: string };

const BAR_CELLS = 10;

/**
 * A text progress bar: readable in every host, including the terminal chat client. Cells are
 * rounded down, so the bar is full only when the target is reached (480 of 500 shows 9 of 10).
 */
export function bar(progress: number): string {
  const filled = Math.floor(Math.max(0, Math.min(1, progress)) * BAR_CELLS + 1e-9);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

/** The what-if line ("registering an RF 70-200mm F2.8 L gets you to 500"). */
export function whatIfText(whatIf: WhatIfView, t: Translate): string {
  switch (whatIf.kind) {
    case 'complete':
      return t('products.whatIf.complete', { model: whatIf.model, points: whatIf.points, tier: whatIf.tier });
    case 'register':
      return t('products.whatIf.register', { model: whatIf.model, points: whatIf.points, tier: whatIf.tier });
    case 'closer':
      return t('products.whatIf.closer', { model: whatIf.model, add: whatIf.add, toGo: whatIf.toGo, tier: whatIf.tier });
  }
}

/** The points total, a bar toward the next tier threshold, every threshold with ✅ or what is missing, and the what-if line. */
export function meterElements(meter: MeterView, t: Translate, whatIf?: WhatIfView): CardElement[] {
  const milestoneKey = (m: MilestoneView): MessageKey => (m.moreThan ? 'products.meter.milestoneMoreThan' : 'products.meter.milestone');
  const elements: CardElement[] = [
    text(t('products.points.total', { points: meter.total }), { weight: 'bolder', size: 'medium', spacing: 'medium' }),
  ];
  if (meter.nextTarget !== undefined) {
    elements.push(text(t('products.meter.bar', { bar: bar(meter.progress), points: meter.total, target: meter.nextTarget }), { spacing: 'small' }));
  }
  elements.push({
    type: 'FactSet',
    facts: meter.milestones.map((m) => ({
      title: t(milestoneKey(m), { name: m.name, points: m.shownPoints }),
      value: m.reached ? t('products.meter.reached') : t('products.meter.toGo', { toGo: m.toGo }),
    })),
  });
  elements.push(
    text(meter.invited ? t('products.meter.invited') : t('products.meter.toInvitation', { toGo: meter.toInvitation }), {
      weight: meter.invited ? 'bolder' : 'default',
    }),
  );
  if (whatIf) elements.push(text(whatIfText(whatIf, t), { isSubtle: true }));
  return elements;
}
