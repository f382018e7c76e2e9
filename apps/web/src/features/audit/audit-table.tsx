import type { AuditEvent } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { Timestamp } from '../../components/ui';
import { VirtualTable, type VirtualColumn } from '../../components/ui/virtual-table';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { OutcomeBadge } from './outcome-badge';

type Words = (typeof messages)['en'];

export interface AuditTableProps {
  events: readonly AuditEvent[];
  organizationNames: Map<string, string>;
  selectedKey?: string;
  onOpen: (event: AuditEvent) => void;
  onEndReached: () => void;
  footer: ReactNode;
}

export const eventKey = (event: AuditEvent) => `${event.source}#${event.seq}`;

const columns = (t: Words, organizationNames: Map<string, string>): VirtualColumn<AuditEvent>[] => [
  {
    id: 'time',
    header: t.table.time,
    width: '210px',
    render: (e) => <Timestamp value={e.occurredAt} />,
  },
  {
    id: 'actor',
    header: t.table.actor,
    width: 'minmax(170px, 1.3fr)',
    render: (e) => (
      <span className="cell-stack">
        <span className="truncate">
          {e.actor.email ?? e.actor.id ?? t.actorTypes[e.actor.type]}
        </span>
        <span className="cell-stack__sub truncate">
          {[t.actorTypes[e.actor.type], e.actor.role].filter(Boolean).join(' · ')}
        </span>
      </span>
    ),
  },
  {
    id: 'action',
    header: t.table.action,
    width: 'minmax(160px, 1.2fr)',
    render: (e) => (
      <span className="cell-stack">
        <span className="mono truncate">{e.action}</span>
        <span className="cell-stack__sub">{t.categoryInline[e.category]}</span>
      </span>
    ),
  },
  {
    id: 'outcome',
    header: t.table.outcome,
    width: '104px',
    render: (e) => <OutcomeBadge outcome={e.outcome} />,
  },
  {
    id: 'organization',
    header: t.table.organization,
    width: 'minmax(120px, 1fr)',
    render: (e) =>
      e.organizationId ? (
        <span className="truncate" title={e.organizationId}>
          {organizationNames.get(e.organizationId) ?? e.organizationId}
        </span>
      ) : (
        <span className="muted">—</span>
      ),
  },
  {
    id: 'ip',
    header: t.table.ip,
    width: '130px',
    render: (e) =>
      e.ip ? <span className="mono truncate">{e.ip}</span> : <span className="muted">—</span>,
  },
  {
    id: 'chain',
    header: t.table.chain,
    width: '140px',
    render: (e) => (
      <span className="mono truncate" title={t.table.hash(e.hash)}>
        {e.source}#{e.seq}
      </span>
    ),
  },
];

/** The audit log as a windowed grid: newest first, more pages loaded near the end. */
export const AuditTable = ({
  events,
  organizationNames,
  selectedKey,
  onOpen,
  onEndReached,
  footer,
}: AuditTableProps) => {
  const t = useMessages(messages);
  return (
    <VirtualTable
      label={t.table.label}
      columns={columns(t, organizationNames)}
      rows={events}
      rowKey={eventKey}
      rowHeight={52}
      minWidth={1064}
      onActivate={onOpen}
      onEndReached={onEndReached}
      selectedKey={selectedKey}
      footer={footer}
    />
  );
};
