import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Read once: the minified source is ~550 kB.
let source: string | undefined;
const axeSource = () => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** WCAG 2.0 and 2.1, levels A and AA: what the issue asks of every page. */
const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core in the page and returns its serious and critical WCAG A/AA violations.
 *
 * The dashboard's CSP (`script-src 'self'`) refuses an inline <script>, so `addScriptTag` cannot
 * inject axe. The source is evaluated over the DevTools protocol instead, which CSP does not
 * govern: the page keeps its real policy for everything it does itself.
 */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(
        options,
      ),
    WCAG_AA,
  );
  return results.violations
    .filter((v: Result) => v.impact != null && BLOCKING.includes(v.impact))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
};

/** One line per violation and per node, for a failure message someone can act on. */
export const describeViolations = (where: string, violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} <${v.helpUrl}>\n` +
        v.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n'),
    )
    .join('\n');
