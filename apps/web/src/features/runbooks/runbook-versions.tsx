import { RUNBOOK_KINDS, type RunbookKind, type RunbookVersionSummary } from '@vigil/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  Badge,
  Button,
  Card,
  ErrorState,
  Skeleton,
  TableSkeleton,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { runbookMessages } from './messages';
import { KIND_LABELS } from './runbook-filter';
import { runbookPageMessages } from './runbook-page.messages';
import { runbookPath } from './paths';
import { useRunbook, useRunbookVersions, useServiceNames } from './queries';
import { diffRunbooks, fieldsText, type RunbookDiff, type StepChange } from './version-diff';

const isKind = (value: string): value is RunbookKind =>
  (RUNBOOK_KINDS as readonly string[]).includes(value);

const fieldValue = (field: RunbookDiff['fields'][number]['field'], value: string) =>
  field === 'kind' && isKind(value) ? KIND_LABELS[value].long : value;

const StepChangeItem = ({ change }: { change: StepChange }) => {
  const t = useMessages(runbookPageMessages).diff;
  const extra =
    change.kind === 'added' || change.kind === 'removed' ? '' : fieldsText(change.fields);
  switch (change.kind) {
    case 'added':
      return (
        <li className="diff__item diff__item--added">
          <Badge tone="success">{t.added}</Badge> {t.stepAt(change.position)}{' '}
          <strong>{change.title}</strong>
        </li>
      );
    case 'removed':
      return (
        <li className="diff__item diff__item--removed">
          <Badge tone="danger">{t.removed}</Badge> <del>{change.title}</del>{' '}
          <span className="muted">{t.wasStep(change.position)}</span>
        </li>
      );
    case 'renamed':
      return (
        <li className="diff__item">
          <Badge tone="info">{t.renamed}</Badge> {t.stepAt(change.position)}{' '}
          <del>{change.from}</del> → <strong>{change.to}</strong>
          {extra ? <span className="muted">; {extra}</span> : null}
        </li>
      );
    case 'moved':
      return (
        <li className="diff__item">
          <Badge tone="info">{t.moved}</Badge> <strong>{change.title}</strong>{' '}
          <span className="muted">
            {t.movedFrom(change.from, change.to)}
            {extra ? `; ${extra}` : ''}
          </span>
        </li>
      );
    case 'edited':
      return (
        <li className="diff__item">
          <Badge tone="neutral">{t.edited}</Badge> {t.stepAt(change.position)}{' '}
          <strong>{change.title}</strong> <span className="muted">({extra})</span>
        </li>
      );
  }
};

/** The changes of one version against the one before, in words. */
export const DiffList = ({ diff }: { diff: RunbookDiff }) => {
  const t = useMessages(runbookPageMessages).diff;
  const serviceNames = useServiceNames();
  if (diff.unchanged) {
    return <p className="muted">{t.unchanged}</p>;
  }
  const names = (ids: string[]) => ids.map((id) => serviceNames.get(id) ?? id).join(', ');
  return (
    <ul className="diff" aria-label={t.label}>
      {diff.fields.map((f) => (
        <li key={f.field} className="diff__item">
          <Badge tone="neutral">{t.fields[f.field]}</Badge>{' '}
          {f.field === 'summary' ? (
            t.changed
          ) : (
            <>
              <del>{fieldValue(f.field, f.from)}</del> →{' '}
              <strong>{fieldValue(f.field, f.to)}</strong>
            </>
          )}
        </li>
      ))}
      {diff.categories.added.length || diff.categories.removed.length ? (
        <li className="diff__item">
          <Badge tone="neutral">{t.categories}</Badge>{' '}
          {[
            diff.categories.added.length ? t.addedList(diff.categories.added.join(', ')) : '',
            diff.categories.removed.length ? t.removedList(diff.categories.removed.join(', ')) : '',
          ]
            .filter(Boolean)
            .join('; ')}
        </li>
      ) : null}
      {diff.services.added.length || diff.services.removed.length ? (
        <li className="diff__item">
          <Badge tone="neutral">{t.services}</Badge>{' '}
          {[
            diff.services.added.length ? t.addedList(names(diff.services.added)) : '',
            diff.services.removed.length ? t.removedList(names(diff.services.removed)) : '',
          ]
            .filter(Boolean)
            .join('; ')}
        </li>
      ) : null}
      {diff.steps.map((change, i) => (
        <StepChangeItem key={i} change={change} />
      ))}
    </ul>
  );
};

/** Fetches a version and the one before it, and says what changed between them. */
const VersionChanges = ({ id, version }: { id: string; version: number }) => {
  const t = useMessages(runbookPageMessages).versions;
  const after = useRunbook(id, version);
  const before = useRunbook(id, Math.max(1, version - 1));
  if (version <= 1) return <p className="muted">{t.first}</p>;
  if (after.isPending || before.isPending) {
    return (
      <div className="stack stack--tight" role="status" aria-busy="true">
        <span className="visually-hidden">{t.comparing}</span>
        <Skeleton width="60" />
        <Skeleton width="40" />
      </div>
    );
  }
  if (!after.data || !before.data) {
    return (
      <ErrorState
        error={after.error ?? before.error}
        title={t.compareFailed}
        onRetry={() => void Promise.all([after.refetch(), before.refetch()])}
      />
    );
  }
  return <DiffList diff={diffRunbooks(before.data, after.data)} />;
};

/**
 * Every saved version, newest first: open an old one read-only, or see what a version changed
 * against the one before it.
 */
export const RunbookVersions = ({
  id,
  current,
  currentTitle,
  viewing,
}: {
  id: string;
  current: number;
  currentTitle: string;
  /** The version on screen. */
  viewing: number;
}) => {
  const t = useMessages(runbookPageMessages).versions;
  const stepCount = useMessages(runbookMessages).steps;
  const versions = useRunbookVersions(id);
  const [open, setOpen] = useState<number | undefined>(viewing > 1 ? viewing : undefined);
  return (
    <Card flush title={t.title} description={t.description}>
      {versions.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : versions.isError && !versions.data ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <ol className="version-list" aria-label={t.list}>
          {versions.data.map((v: RunbookVersionSummary) => (
            <li
              key={v.version}
              className={`version-list__item${v.version === viewing ? ' version-list__item--viewing' : ''}`}
            >
              <div className="version-list__head">
                <span className="version-list__name">
                  <strong>v{v.version}</strong>
                  {v.version === current ? <Badge tone="success">{t.current}</Badge> : null}
                  {v.version === viewing && v.version !== current ? (
                    <Badge tone="info">{t.shown}</Badge>
                  ) : null}
                </span>
                <span className="action-group">
                  {v.version > 1 ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-expanded={open === v.version}
                      onClick={() => setOpen(open === v.version ? undefined : v.version)}
                    >
                      {open === v.version ? t.hideChanges : t.whatChanged(v.version)}
                    </Button>
                  ) : null}
                  {v.version === viewing ? null : (
                    <Link
                      className="button button--ghost button--sm"
                      to={runbookPath(id, v.version === current ? undefined : v.version)}
                    >
                      {v.version === current ? t.viewCurrent : t.view(v.version)}
                    </Link>
                  )}
                </span>
              </div>
              <span className="version-list__meta">
                {stepCount(v.stepCount)}
                {v.createdBy ? ` · ${v.createdBy}` : ''}
              </span>
              <span className="version-list__meta">
                <Timestamp value={v.createdAt} layout="inline" />
              </span>
              {v.title !== currentTitle ? (
                <span className="version-list__title">{t.titled(v.title)}</span>
              ) : null}
              {open === v.version ? (
                <div className="version-list__changes">
                  <VersionChanges id={id} version={v.version} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
};
