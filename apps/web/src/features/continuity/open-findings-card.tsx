import { Badge, Card, CheckIcon, EmptyState, TableSkeleton, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { cardsMessages } from './cards.messages';
import { findingSeverityLabel, openFindings, SEVERITY_TONE } from './findings';
import type { useDrills } from './queries';

/** What drills found and nobody has closed yet: the remediation an auditor follows up. */
export const OpenFindingsCard = ({ drills: query }: { drills: ReturnType<typeof useDrills> }) => {
  const t = useMessages(cardsMessages).findings;
  const now = useNow();
  const drills = query.data;
  const findings = openFindings(drills ?? [], now);
  const overdue = findings.filter((f) => f.overdue).length;
  return (
    <Card
      flush
      title={t.title}
      description={
        drills === undefined
          ? t.fromDrills
          : findings.length === 0
            ? t.noneOpen
            : t.open(findings.length, overdue)
      }
    >
      {query.isPending ? (
        <TableSkeleton rows={2} label={t.loading} />
      ) : drills === undefined ? (
        <p className="card__notice muted">{t.waiting}</p>
      ) : findings.length === 0 ? (
        <EmptyState
          icon={<CheckIcon size="lg" />}
          title={t.empty.title}
          description={t.empty.description}
        />
      ) : (
        <div className="table-wrap">
          <table className="table findings-table">
            <caption className="visually-hidden">{t.table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table.severity}</th>
                <th scope="col">{t.table.finding}</th>
                <th scope="col">{t.table.ticket}</th>
                <th scope="col">{t.table.due}</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={`${f.drillId}-${f.index}`} data-drill-id={f.drillId}>
                  <td>
                    <Badge tone={SEVERITY_TONE[f.severity]} dot>
                      {findingSeverityLabel(f.severity)}
                    </Badge>
                  </td>
                  <td>
                    {f.description}
                    <span className="table__sub">
                      {t.drillOf(formatDateTime(f.drilledAt), f.scenario)}
                    </span>
                  </td>
                  <td>
                    {f.ticket ? (
                      <span className="mono">{f.ticket}</span>
                    ) : (
                      <span className="muted">{t.noTicket}</span>
                    )}
                  </td>
                  <td>
                    {f.dueAt ? (
                      <span className="inline-stack">
                        <Timestamp value={f.dueAt} />
                        {f.overdue ? (
                          <Badge tone="danger" dot>
                            {t.overdue}
                          </Badge>
                        ) : null}
                      </span>
                    ) : (
                      <span className="muted">{t.noDueDate}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
