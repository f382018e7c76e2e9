import { Badge, Card, CheckIcon, EmptyState, TableSkeleton, Timestamp } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { openFindings, SEVERITY_META } from './findings';
import type { useDrills } from './queries';

/** What drills found and nobody has closed yet: the remediation an auditor follows up. */
export const OpenFindingsCard = ({ drills: query }: { drills: ReturnType<typeof useDrills> }) => {
  const now = useNow();
  const drills = query.data;
  const findings = openFindings(drills ?? [], now);
  const overdue = findings.filter((f) => f.overdue).length;
  return (
    <Card
      flush
      title="Open findings"
      description={
        drills === undefined
          ? 'From the DR drills.'
          : findings.length === 0
            ? 'From the DR drills: none open.'
            : `${findings.length} open from the DR drills${overdue ? `, ${overdue} past due` : ''}. Overdue first, then by severity.`
      }
    >
      {query.isPending ? (
        <TableSkeleton rows={2} label="Loading findings" />
      ) : drills === undefined ? (
        <p className="card__notice muted">Listed once the drills load.</p>
      ) : findings.length === 0 ? (
        <EmptyState
          icon={<CheckIcon size="lg" />}
          title="No open finding"
          description="Issues a drill finds are listed here, with their ticket and due date, until they are closed."
        />
      ) : (
        <div className="table-wrap">
          <table className="table findings-table">
            <caption className="visually-hidden">Open drill findings</caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Finding</th>
                <th scope="col">Ticket</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={`${f.drillId}-${f.index}`} data-drill-id={f.drillId}>
                  <td>
                    <Badge tone={SEVERITY_META[f.severity].tone} dot>
                      {SEVERITY_META[f.severity].label}
                    </Badge>
                  </td>
                  <td>
                    {f.description}
                    <span className="table__sub">
                      Drill of {formatDateTime(f.drilledAt)}: {f.scenario}
                    </span>
                  </td>
                  <td>
                    {f.ticket ? (
                      <span className="mono">{f.ticket}</span>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                  <td>
                    {f.dueAt ? (
                      <span className="inline-stack">
                        <Timestamp value={f.dueAt} />
                        {f.overdue ? (
                          <Badge tone="danger" dot>
                            Overdue
                          </Badge>
                        ) : null}
                      </span>
                    ) : (
                      <span className="muted">No due date</span>
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
