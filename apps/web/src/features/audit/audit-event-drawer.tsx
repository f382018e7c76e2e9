import type { AuditEvent } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { CopyButton, Dialog, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { OutcomeBadge } from './outcome-badge';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

export interface AuditEventDrawerProps {
  event: AuditEvent | null;
  organizationName?: string;
  onClose: () => void;
}

/** One event in full: what the table summarises, its place in the hash chain, and its JSON. */
export const AuditEventDrawer = ({ event, organizationName, onClose }: AuditEventDrawerProps) => {
  const t = useMessages(messages);
  const d = t.drawer;
  if (!event) return null;
  // Rendered as text inside <pre>: nothing from the event is ever parsed as HTML.
  const json = JSON.stringify(event, null, 2);
  const actor = event.actor;
  return (
    <Dialog
      open
      onClose={onClose}
      variant="drawer"
      title={<span className="mono">{event.action}</span>}
      description={
        <span className="drawer__summary">
          <OutcomeBadge outcome={event.outcome} />
          <span>{t.categoryInline[event.category]}</span>
          <Timestamp value={event.occurredAt} layout="inline" />
        </span>
      }
    >
      <div className="dialog__body drawer__body">
        <section aria-labelledby="event-details">
          <h3 className="drawer__heading" id="event-details">
            {d.event}
          </h3>
          <dl className="detail-list">
            <Row label={d.occurred}>
              <Timestamp value={event.occurredAt} layout="inline" />
            </Row>
            <Row label={d.received}>
              <Timestamp value={event.receivedAt} layout="inline" />
            </Row>
            <Row label={d.actor}>
              {actor.email ?? actor.id ?? t.actorTypes[actor.type]}
              <span className="detail-list__sub">
                {[
                  t.actorTypes[actor.type],
                  actor.role,
                  actor.email && actor.id ? d.actorId(actor.id) : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </Row>
            <Row label={d.target}>
              {event.target ? (
                <>
                  {event.target.name ?? event.target.id}
                  <span className="detail-list__sub">
                    {event.target.type} · {event.target.id}
                  </span>
                </>
              ) : null}
            </Row>
            <Row label={d.organization}>
              {event.organizationId ? (
                <>
                  {organizationName ?? event.organizationId}
                  <span className="detail-list__sub mono">{event.organizationId}</span>
                </>
              ) : null}
            </Row>
            {event.projectId ? <Row label={d.project}>{event.projectId}</Row> : null}
            <Row label={d.ip}>{event.ip ? <span className="mono">{event.ip}</span> : null}</Row>
            <Row label={d.userAgent}>{event.userAgent}</Row>
            <Row label={d.eventId}>
              <span className="mono break-all">{event.id}</span>
            </Row>
          </dl>
        </section>
        <section aria-labelledby="event-chain">
          <h3 className="drawer__heading" id="event-chain">
            {d.chain}
          </h3>
          <p className="drawer__note">{d.chainNote}</p>
          <dl className="detail-list">
            <Row label={d.source}>
              <span className="mono">{event.source}</span>
            </Row>
            <Row label={d.sequence}>
              <span className="mono">#{event.seq}</span>
            </Row>
            <Row label={d.hash}>
              <span className="mono break-all">{event.hash}</span>
            </Row>
          </dl>
        </section>
        <section aria-labelledby="event-json">
          <div className="drawer__heading-row">
            <h3 className="drawer__heading" id="event-json">
              {d.json}
            </h3>
            <CopyButton text={json} label={d.copyJson} size="sm" />
          </div>
          <pre className="code-block" tabIndex={0} aria-label={d.jsonLabel}>
            {json}
          </pre>
        </section>
      </div>
    </Dialog>
  );
};
