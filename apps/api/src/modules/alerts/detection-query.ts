import type { DetectionParams } from '@vigil/contracts';

/** Builds SQL over audit_event with numbered parameters. */
class Sql {
  readonly params: unknown[] = [];
  p(value: unknown): string {
    return `$${this.params.push(value)}`;
  }
}

const actionClause = (sql: Sql, action: string): string =>
  action.endsWith('.*')
    ? `action LIKE ${sql.p(`${action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
    : `action = ${sql.p(action)}`;

const ACTOR = `coalesce(lower(actor_email), actor_id, 'unknown')`;

export interface DetectionWindow {
  source: string | null;
  /** Events considered are those with occurred_at in [from, to]; counts look back from each. */
  from: Date;
  to: Date;
  /** Only hits whose triggering event has seq in this range (the batch being read); null = any. */
  seqRange: [number, number] | null;
}

export interface DetectionHit {
  subject: string;
  source: string;
  at: Date;
  count: number;
}

/**
 * The SQL behind each event-driven detection. A hit is the first event at which the rule is
 * broken for a subject (an actor or an IP) inside the window.
 */
export const detectionQuery = (
  params: Exclude<DetectionParams, { kind: 'quiet_source' }>,
  window: DetectionWindow,
): { text: string; params: unknown[] } => {
  const sql = new Sql();
  const source = window.source ? sql.p(window.source) : null;
  const to = sql.p(window.to);
  const seqRange = window.seqRange ? [sql.p(window.seqRange[0]), sql.p(window.seqRange[1])] : null;
  const scopeOf = (t: string) =>
    `${source ? `${t}source = ${source}` : 'true'} AND ${t}occurred_at <= ${to}` +
    (seqRange ? ` AND ${t}seq BETWEEN ${seqRange[0]} AND ${seqRange[1]}` : '');

  if (params.kind === 'threshold' || params.kind === 'mass_export') {
    const subject = params.kind === 'threshold' && params.groupBy === 'ip' ? 'ip' : ACTOR;
    const outcome =
      params.kind === 'threshold' && params.outcome ? `AND outcome = ${sql.p(params.outcome)}` : '';
    const lookBack = sql.p(params.windowMinutes);
    const text = `
      WITH matching AS (
        SELECT source, ${subject} AS subject, occurred_at, seq,
               count(*) OVER (PARTITION BY source, ${subject} ORDER BY occurred_at
                              RANGE BETWEEN make_interval(mins => ${lookBack}) PRECEDING AND CURRENT ROW) AS n
          FROM audit_event
         WHERE ${source ? `source = ${source}` : 'true'} AND occurred_at <= ${to}
           AND ${actionClause(sql, params.action)} ${outcome}
           AND ${subject} IS NOT NULL
           AND occurred_at >= ${sql.p(window.from)}::timestamptz - make_interval(mins => ${lookBack})
      )
      SELECT subject, source, min(occurred_at) AS at, max(n)::int AS count FROM matching
       WHERE n >= ${sql.p(params.count)} AND occurred_at >= ${sql.p(window.from)}
         ${seqRange ? `AND seq BETWEEN ${seqRange[0]} AND ${seqRange[1]}` : ''}
       GROUP BY subject, source`;
    return { text, params: sql.params };
  }
  if (params.kind === 'forbidden_actor') {
    const allowed = sql.p(params.allowedActors.map((a) => a.toLowerCase()));
    const text = `
      SELECT ${ACTOR} AS subject, source, min(occurred_at) AS at, count(*)::int AS count FROM audit_event
       WHERE ${scopeOf('')} AND occurred_at >= ${sql.p(window.from)}
         AND ${actionClause(sql, params.action)}
         AND NOT (coalesce(lower(actor_email), '') = ANY(${allowed}::text[]) OR coalesce(lower(actor_id), '') = ANY(${allowed}::text[]))
       GROUP BY 1, 2`;
    return { text, params: sql.params };
  }
  // deactivated_user: the actor is one of our users who had already left when the event happened.
  const text = `
    SELECT lower(e.actor_email) AS subject, e.source, min(e.occurred_at) AS at, count(*)::int AS count
      FROM audit_event e JOIN app_user u ON lower(u.email) = lower(e.actor_email)
     WHERE ${scopeOf('e.')} AND e.occurred_at >= ${sql.p(window.from)}
       AND NOT u.active AND u.deactivated_at <= e.occurred_at
     GROUP BY 1, 2`;
  return { text, params: sql.params };
};
