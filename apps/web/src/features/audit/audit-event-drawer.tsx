import type { AuditEvent } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { CopyButton, Dialog, Timestamp } from '../../components/ui';
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
          <span>{event.category}</span>
          <Timestamp value={event.occurredAt} layout="inline" />
        </span>
      }
    >
      <div className="dialog__body drawer__body">
        <section aria-labelledby="event-details">
          <h3 className="drawer__heading" id="event-details">
            Event
          </h3>
          <dl className="detail-list">
            <Row label="Occurred">
              <Timestamp value={event.occurredAt} layout="inline" />
            </Row>
            <Row label="Received">
              <Timestamp value={event.receivedAt} layout="inline" />
            </Row>
            <Row label="Actor">
              {actor.email ?? actor.id ?? actor.type}
              <span className="detail-list__sub">
                {[actor.type, actor.role, actor.email && actor.id ? `id ${actor.id}` : undefined]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </Row>
            <Row label="Target">
              {event.target ? (
                <>
                  {event.target.name ?? event.target.id}
                  <span className="detail-list__sub">
                    {event.target.type} · {event.target.id}
                  </span>
                </>
              ) : null}
            </Row>
            <Row label="Organization">
              {event.organizationId ? (
                <>
                  {organizationName ?? event.organizationId}
                  <span className="detail-list__sub mono">{event.organizationId}</span>
                </>
              ) : null}
            </Row>
            {event.projectId ? <Row label="Project">{event.projectId}</Row> : null}
            <Row label="IP">{event.ip ? <span className="mono">{event.ip}</span> : null}</Row>
            <Row label="User agent">{event.userAgent}</Row>
            <Row label="Event id">
              <span className="mono break-all">{event.id}</span>
            </Row>
          </dl>
        </section>
        <section aria-labelledby="event-chain">
          <h3 className="drawer__heading" id="event-chain">
            Chain position
          </h3>
          <p className="drawer__note">
            Each event&apos;s hash covers the one before it in its source: changing or removing any
            event breaks every hash after it.
          </p>
          <dl className="detail-list">
            <Row label="Source">
              <span className="mono">{event.source}</span>
            </Row>
            <Row label="Sequence">
              <span className="mono">#{event.seq}</span>
            </Row>
            <Row label="Hash">
              <span className="mono break-all">{event.hash}</span>
            </Row>
          </dl>
        </section>
        <section aria-labelledby="event-json">
          <div className="drawer__heading-row">
            <h3 className="drawer__heading" id="event-json">
              Full event (JSON)
            </h3>
            <CopyButton text={json} label="Copy JSON" size="sm" />
          </div>
          <pre className="code-block" tabIndex={0} aria-label="Event JSON">
            {json}
          </pre>
        </section>
      </div>
    </Dialog>
  );
};
