import {
  RESPONSE_TARGET_KINDS,
  type ResponseTarget,
  type ResponseTargetKind,
  type SeverityLevel,
} from '@vigil/contracts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { canEditResponseTargets } from '../../app/access';
import {
  Alert,
  Badge,
  Button,
  Card,
  ErrorIcon,
  ErrorState,
  ProblemAlert,
  TableSkeleton,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { withoutError, type FieldErrors } from '../../lib/form-errors';
import { SeverityBadge } from '../alerts/alert-badges';
import { useCurrentUser } from '../auth/queries';
import type { ResponseTargetRow } from './api';
import { responseTargetsMessages as messages } from './messages';
import { useResponseTargets, useSaveResponseTargets } from './queries';
import './response-targets.css';
import {
  DURATION_UNITS,
  durationUnitLabel,
  fieldKey,
  formatTargetMinutes,
  MINUTES_FIELD,
  parseDuration,
  targetsDraftOf,
  toTargetsBody,
  type DurationDraft,
  type TargetRowDraft,
} from './target-form';

/** SEV1 · Critical, what it means and examples: the scale the targets are set against. */
const SeverityCell = ({ row }: { row: ResponseTargetRow }) => {
  const t = useMessages(messages);
  const definition = t.severities[row.severity];
  return (
    <th scope="row" className="target-severity">
      <span className="inline-stack">
        <SeverityBadge severity={row.severity} />
        <strong>{definition?.name}</strong>
        {row.isDefault ? <Badge title={t.isDefaultHint}>{t.isDefault}</Badge> : null}
      </span>
      {definition ? (
        <>
          <span className="table__sub">{definition.description}</span>
          <span className="table__sub">{t.examples(definition.examples)}</span>
        </>
      ) : null}
    </th>
  );
};

const TargetsTable = ({
  rows,
  renderCell,
}: {
  rows: readonly ResponseTargetRow[];
  renderCell: (row: ResponseTargetRow, kind: (typeof RESPONSE_TARGET_KINDS)[number]) => ReactNode;
}) => {
  const t = useMessages(messages).table;
  return (
    <div className="table-wrap">
      <table className="table targets-table">
        <thead>
          <tr>
            <th scope="col">{t.severity}</th>
            {RESPONSE_TARGET_KINDS.map((kind) => (
              <th scope="col" key={kind}>
                {t.within[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.severity}>
              <SeverityCell row={row} />
              {RESPONSE_TARGET_KINDS.map((kind) => (
                <td key={kind}>{renderCell(row, kind)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** A number and its unit; says what it was once it differs from the saved value. */
const DurationField = ({
  label,
  value,
  saved,
  error,
  onChange,
}: {
  label: string;
  value: DurationDraft;
  saved: number;
  error?: string;
  onChange: (value: DurationDraft) => void;
}) => {
  const t = useMessages(messages);
  const id = useId();
  const parsed = parseDuration(value);
  const changed = parsed.ok && parsed.minutes !== saved;
  return (
    <div className="duration-field">
      <div className="duration-field__inputs">
        <input
          className="input duration-field__amount"
          inputMode="decimal"
          autoComplete="off"
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value.amount}
          onChange={(e) => onChange({ ...value, amount: e.target.value })}
        />
        <select
          className="input select duration-field__unit"
          aria-label={t.unitLabel(label)}
          value={value.unit}
          onChange={(e) => onChange({ ...value, unit: e.target.value as DurationDraft['unit'] })}
        >
          {DURATION_UNITS.map((u) => (
            <option key={u.value} value={u.value}>
              {durationUnitLabel(u.value)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <ErrorIcon />
          {error}
        </p>
      ) : changed ? (
        <span className="table__sub">{t.was(formatTargetMinutes(saved))}</span>
      ) : null}
    </div>
  );
};

/** The admin's table: durations typed with a unit, saved together. */
const TargetsEditor = ({
  targets,
  save,
  onEdit,
}: {
  targets: readonly ResponseTargetRow[];
  save: ReturnType<typeof useSaveResponseTargets>;
  onEdit: () => void;
}) => {
  const t = useMessages(messages);
  const initial = targetsDraftOf(targets);
  const [draft, setDraft] = useState<TargetRowDraft[]>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const pending = toTargetsBody(draft, targets);
  const canSave = !pending.ok || pending.items.length > 0;
  const edited = JSON.stringify(draft) !== JSON.stringify(initial);

  const edit = (severity: SeverityLevel, kind: ResponseTargetKind, value: DurationDraft) => {
    setDraft((rows) => rows.map((r) => (r.severity === severity ? { ...r, [kind]: value } : r)));
    setErrors((errs) => withoutError(errs, fieldKey(severity, kind)));
    onEdit();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toTargetsBody(draft, targets);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    if (result.items.length > 0) save.mutate(result.items);
  };

  const savedMinutes = (row: ResponseTarget, kind: ResponseTargetKind) => row[MINUTES_FIELD[kind]];

  return (
    <form onSubmit={submit} noValidate>
      <TargetsTable
        rows={targets}
        renderCell={(row, kind) => {
          const value = draft.find((r) => r.severity === row.severity)?.[kind];
          return value ? (
            <DurationField
              label={t.fieldLabel(row.severity, kind)}
              value={value}
              saved={savedMinutes(row, kind)}
              error={errors[fieldKey(row.severity, kind)]}
              onChange={(next) => edit(row.severity, kind, next)}
            />
          ) : null;
        }}
      />
      <div className="targets-footer">
        <Alert tone="info" title={t.editor.movesClocks}>
          {t.editor.movesClocksDetail}
        </Alert>
        {save.isError ? <ProblemAlert error={save.error} action={t.editor.saveAction} /> : null}
        {save.isSuccess && !edited ? (
          <Alert tone="success" title={t.editor.saved}>
            {t.editor.savedDetail}
          </Alert>
        ) : null}
        <div className="targets-footer__actions">
          <Button
            disabled={!edited || save.isPending}
            onClick={() => {
              setDraft(initial);
              setErrors({});
            }}
          >
            {t.editor.discard}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={!canSave}>
            {t.editor.save}
          </Button>
        </div>
      </div>
    </form>
  );
};

/**
 * Settings → Response targets: how soon an incident of each severity is acknowledged, contained
 * and resolved. Every role that opens Settings reads them; an admin changes them.
 */
export const ResponseTargetsTab = () => {
  const t = useMessages(messages);
  const { role } = useCurrentUser();
  const canEdit = canEditResponseTargets(role);
  const targets = useResponseTargets();
  const save = useSaveResponseTargets();

  return (
    <Card
      title={t.title}
      description={
        <>
          {t.description}
          {canEdit ? null : t.adminOnly}
        </>
      }
      flush
    >
      {targets.isPending ? (
        <TableSkeleton rows={4} label={t.loading} />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : canEdit ? (
        <TargetsEditor
          // Saved or changed elsewhere: start again from what the server holds.
          key={JSON.stringify(targets.data)}
          targets={targets.data}
          save={save}
          onEdit={() => {
            if (save.isSuccess || save.isError) save.reset();
          }}
        />
      ) : (
        <TargetsTable
          rows={targets.data}
          renderCell={(row, kind) => formatTargetMinutes(row[MINUTES_FIELD[kind]])}
        />
      )}
      <ul className="targets-guidance">
        {t.guidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Card>
  );
};
