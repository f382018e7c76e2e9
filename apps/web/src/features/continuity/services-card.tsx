import type { Service } from '@vigil/contracts';
import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorIcon,
  ErrorState,
  LayersIcon,
  PencilIcon,
  PlusIcon,
  ProblemAlert,
  TableSkeleton,
  TrashIcon,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { cardsMessages } from './cards.messages';
import { useSaveServices, type useServices } from './queries';
import { DEFAULT_RPO_HOURS, DEFAULT_RTO_HOURS, formatObjectiveHours } from './recovery-time';
import {
  newServiceDraft,
  objectiveConflicts,
  serviceDraftOf,
  serviceField,
  servicesServerErrors,
  slugOf,
  toServicesBody,
  type ServiceDraft,
  type ServiceField,
} from './services-form';

let nextRowKey = 1;
const newRow = () =>
  newServiceDraft(`new-${nextRowKey++}`, {
    rtoHours: DEFAULT_RTO_HOURS,
    rpoHours: DEFAULT_RPO_HOURS,
  });

const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <p className="field__error" id={id}>
      <ErrorIcon />
      {message}
    </p>
  ) : null;

/** The read-only table: what each service is held to, and what it waits for. */
const ServicesTable = ({ services }: { services: readonly Service[] }) => {
  const t = useMessages(cardsMessages).services.table;
  const names = new Map(services.map((s) => [s.id, s.name]));
  const conflicts = objectiveConflicts(services);
  return (
    <div className="table-wrap">
      <table className="table services-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.service}</th>
            <th scope="col">{t.rto}</th>
            <th scope="col">{t.rpo}</th>
            <th scope="col">{t.owner}</th>
            <th scope="col">{t.dependsOn}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr
              key={s.id}
              data-service-id={s.id}
              className={s.retired ? 'table__row--muted' : undefined}
            >
              <th scope="row" className="services-table__name">
                <span className="inline-stack">
                  <strong>{s.name}</strong>
                  {s.retired ? <Badge title={t.retiredHint}>{t.retired}</Badge> : null}
                </span>
                <code className="code-chip">{s.id}</code>
                {conflicts.has(s.id) ? (
                  <span className="table__sub table__sub--danger">{conflicts.get(s.id)}</span>
                ) : null}
              </th>
              <td className="services-table__hours">{formatObjectiveHours(s.rtoHours)}</td>
              <td className="services-table__hours">{formatObjectiveHours(s.rpoHours)}</td>
              <td>{s.owner ?? <span className="muted">—</span>}</td>
              <td>
                {s.dependsOn.length > 0 ? (
                  s.dependsOn.map((id) => names.get(id) ?? id).join(', ')
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** Every service in one form: objectives typed in hours, saved together, retired rather than deleted. */
const ServicesEditor = ({
  services,
  startWithNewRow,
  onCancel,
  onSaved,
}: {
  services: readonly Service[];
  startWithNewRow: boolean;
  onCancel: () => void;
  onSaved: () => void;
}) => {
  const { table, editor: t } = useMessages(cardsMessages).services;
  const [draft, setDraft] = useState<ServiceDraft[]>(() => [
    ...services.map(serviceDraftOf),
    ...(startWithNewRow ? [newRow()] : []),
  ]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<Service[]>([]);
  const save = useSaveServices();
  const allErrors = {
    ...servicesServerErrors(draft, sent, serverFieldErrors(save.error)),
    ...errors,
  };
  const pending = toServicesBody(draft, services);
  const unchanged = pending.ok && pending.items.length === 0;

  const edit = (key: string, field: ServiceField | 'retired', value: string | boolean) => {
    setDraft((rows) =>
      rows.map((r) => {
        if (r.key !== key) return r;
        const next = { ...r, [field]: value };
        if (field === 'id') next.idEdited = true;
        if (field === 'name' && !r.saved && !r.idEdited) next.id = slugOf(String(value));
        return next;
      }),
    );
    setErrors((errs) =>
      withoutError(withoutError(errs, serviceField(key, 'id')), `${key}.${field}`),
    );
    if (save.isError) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toServicesBody(draft, services);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    if (result.items.length === 0) return onCancel();
    setSent(result.items);
    save.mutate(result.items, { onSuccess: onSaved });
  };

  const at = (row: ServiceDraft, field: ServiceField) => allErrors[serviceField(row.key, field)];
  const describedBy = (row: ServiceDraft, field: ServiceField) =>
    at(row, field) ? `${row.key}-${field}-error` : undefined;

  const input = (
    row: ServiceDraft,
    field: ServiceField,
    label: string,
    extra: InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <>
      <input
        className="input"
        aria-label={t.field(label, row.name.trim() || t.newService)}
        aria-invalid={at(row, field) ? true : undefined}
        aria-describedby={describedBy(row, field)}
        value={row[field]}
        onChange={(e) => edit(row.key, field, e.target.value)}
        {...extra}
      />
      <FieldError id={`${row.key}-${field}-error`} message={at(row, field)} />
    </>
  );

  return (
    <form onSubmit={submit} noValidate>
      <div className="table-wrap">
        <table className="table services-table services-table--editing">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{table.service}</th>
              <th scope="col">{t.rtoHours}</th>
              <th scope="col">{t.rpoHours}</th>
              <th scope="col">{table.owner}</th>
              <th scope="col">{t.dependsOnIds}</th>
              <th scope="col">{table.retired}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((row) => (
              <tr key={row.key} data-service-key={row.key}>
                <td className="services-table__name-input">
                  {input(row, 'name', t.name, { maxLength: 200, placeholder: t.namePlaceholder })}
                  {row.saved ? (
                    <code className="code-chip">{row.id}</code>
                  ) : (
                    input(row, 'id', t.id, {
                      maxLength: 64,
                      spellCheck: false,
                      placeholder: t.idPlaceholder,
                      className: 'input input--mono',
                    })
                  )}
                </td>
                <td className="services-table__hours-input">
                  {input(row, 'rtoHours', t.rtoInHours, { inputMode: 'decimal' })}
                </td>
                <td className="services-table__hours-input">
                  {input(row, 'rpoHours', t.rpoInHours, { inputMode: 'decimal' })}
                </td>
                <td>{input(row, 'owner', t.owner, { maxLength: 200 })}</td>
                <td>
                  {input(row, 'dependsOn', t.dependsOn, {
                    spellCheck: false,
                    placeholder: t.dependsOnPlaceholder,
                  })}
                </td>
                <td>
                  <input
                    type="checkbox"
                    className="services-table__retired"
                    aria-label={t.retired(row.name.trim() || t.newService)}
                    checked={row.retired}
                    onChange={(e) => edit(row.key, 'retired', e.target.checked)}
                  />
                </td>
                <td className="table__actions">
                  {row.saved ? null : (
                    <Button
                      variant="ghost"
                      iconOnly
                      size="sm"
                      aria-label={t.removeRow(row.name.trim() || t.newService)}
                      title={t.removeRowHint}
                      onClick={() => setDraft((rows) => rows.filter((r) => r.key !== row.key))}
                    >
                      <TrashIcon />
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="services-footer">
        <p className="field__hint">{t.hint}</p>
        {allErrors.items ? <Alert tone="danger" title={allErrors.items} /> : null}
        {save.isError ? <ProblemAlert error={save.error} action={t.saveAction} /> : null}
        <div className="services-footer__actions">
          <Button
            size="sm"
            icon={<PlusIcon />}
            onClick={() => setDraft((rows) => [...rows, newRow()])}
          >
            {t.add}
          </Button>
          <span className="services-footer__spacer" />
          <Button onClick={onCancel} disabled={save.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={unchanged}>
            {t.save}
          </Button>
        </div>
      </div>
    </form>
  );
};

/**
 * The company's objectives and each service's own: the documented RTO and RPO per system that a
 * test is measured against. Admins and security leads edit them.
 */
export const ServicesCard = ({
  services,
  canEdit,
}: {
  services: ReturnType<typeof useServices>;
  canEdit: boolean;
}) => {
  const t = useMessages(cardsMessages).services;
  const [editing, setEditing] = useState<'existing' | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const items = services.data ?? [];
  const startEditing = (mode: 'existing' | 'new') => {
    setSaved(false);
    setEditing(mode);
  };

  return (
    <Card
      flush
      title={t.title}
      description={t.description}
      actions={
        canEdit && editing === null && items.length > 0 ? (
          <Button size="sm" icon={<PencilIcon />} onClick={() => startEditing('existing')}>
            {t.edit}
          </Button>
        ) : undefined
      }
    >
      <div className="objective-defaults">
        <dl className="objective-defaults__values" aria-label={t.companyObjectives}>
          <div>
            <dt>{t.companyRto}</dt>
            <dd>{formatObjectiveHours(DEFAULT_RTO_HOURS)}</dd>
          </div>
          <div>
            <dt>{t.companyRpo}</dt>
            <dd>{formatObjectiveHours(DEFAULT_RPO_HOURS)}</dd>
          </div>
        </dl>
        <p className="objective-defaults__note">
          {t.companyNote(
            formatObjectiveHours(DEFAULT_RTO_HOURS),
            formatObjectiveHours(DEFAULT_RPO_HOURS),
          )}
        </p>
      </div>
      {saved && editing === null ? (
        <div className="card__notice">
          <Alert tone="success" title={t.saved}>
            {t.savedDetail}
          </Alert>
        </div>
      ) : null}
      {services.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : services.isError ? (
        <ErrorState error={services.error} onRetry={() => void services.refetch()} />
      ) : editing ? (
        <ServicesEditor
          services={items}
          startWithNewRow={editing === 'new' || items.length === 0}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<LayersIcon size="lg" />}
          title={t.empty.title}
          description={t.empty.description}
          actions={
            canEdit ? (
              <Button variant="primary" icon={<PlusIcon />} onClick={() => startEditing('new')}>
                {t.empty.add}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ServicesTable services={items} />
      )}
    </Card>
  );
};
