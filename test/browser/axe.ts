import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The page's serious and critical accessibility violations (axe-core), one line each: rule, impact, elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
