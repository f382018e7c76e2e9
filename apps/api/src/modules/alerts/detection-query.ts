import type { DetectionParams } from '@vigil/contracts';

/** Builds SQL over audit_event with numbered parameters. */
class Sql {
  readonly params: unknown[] = [];
  p(value: unknown): string {
    return `$${this.params.push(value)}`;
  }
}

const actionClause = (sql: Sql, action: string, t = ''): string =>
  action.endsWith('.*')
    ? `${t}action LIKE ${sql.p(`${action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
    : `${t}action = ${sql.p(action)}`;

const actorOf = (t: string) => `coalesce(lower(${t}actor_email), ${t}actor_id, 'unknown')`;

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
    const subject = (t: string) =>
      params.kind === 'threshold' && params.groupBy === 'ip' ? `${t}ip` : actorOf(t);
    const outcome = (t: string) =>
      params.kind === 'threshold' && params.outcome
        ? `AND ${t}outcome = ${sql.p(params.outcome)}`
        : '';
    const lookBack = sql.p(params.windowMinutes);
    // Each matching event of the batch counts the matching events of its subject in the window
    // that ends at it: cost follows the batch, not the span of time it covers.
    const text = `
      SELECT b.subject, b.source, min(b.occurred_at) AS at, max(c.n)::int AS count
        FROM (SELECT ${subject('')} AS subject, source, occurred_at FROM audit_event
               WHERE ${scopeOf('')} AND occurred_at >= ${sql.p(window.from)}
                 AND ${actionClause(sql, params.action, '')} ${outcome('')} AND ${subject('')} IS NOT NULL) b
        CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM audit_event e
           WHERE e.source = b.source AND e.occurred_at > b.occurred_at - make_interval(mins => ${lookBack})
             AND e.occurred_at <= b.occurred_at
             AND ${actionClause(sql, params.action, 'e.')} ${outcome('e.')} AND ${subject('e.')} = b.subject) c
       WHERE c.n >= ${sql.p(params.count)}
       GROUP BY b.subject, b.source`;
    return { text, params: sql.params };
  }
  if (params.kind === 'forbidden_actor') {
    const allowed = sql.p(params.allowedActors.map((a) => a.toLowerCase()));
    const text = `
      SELECT ${actorOf('')} AS subject, source, min(occurred_at) AS at, count(*)::int AS count FROM audit_event
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
