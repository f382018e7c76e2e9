import type { TimelineEntry } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  LayersIcon,
  ProblemAlert,
  Skeleton,
  TextAreaField,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { serverFieldErrors } from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import { isIncidentStatus, statusLabel } from './incident-lifecycle';
import { messages } from './incident-records.messages';
import { useAddNote, useTimeline } from './queries';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const KeyList = ({
  label,
  keys,
  tone,
}: {
  label: string;
  keys: string[];
  tone: 'success' | 'neutral' | 'info';
}) =>
  keys.length ? (
    <span className="timeline__keys">
      <span className="timeline__keys-label">{label}</span>
      {keys.map((key) => (
        <Badge key={key} tone={tone}>
          <span className="mono">{key}</span>
        </Badge>
      ))}
    </span>
  ) : null;

/** What an entry says, shaped by its kind; the summary as written is always kept. */
const EntryBody = ({ entry }: { entry: TimelineEntry }) => {
  const t = useMessages(messages).timeline;
  const data = entry.data ?? {};
  if (entry.kind === 'status' && typeof data.from === 'string' && typeof data.to === 'string') {
    const { from, to } = data;
    const prefix = `${from} → ${to}`;
    const note = entry.summary.startsWith(`${prefix}: `)
      ? entry.summary.slice(prefix.length + 2)
      : '';
    return (
      <>
        <p className="timeline__change">
          {isIncidentStatus(from) ? statusLabel(from) : from} →{' '}
          <strong>{isIncidentStatus(to) ? statusLabel(to) : to}</strong>
        </p>
        {note ? <p className="timeline__note">{note}</p> : null}
      </>
    );
  }
  if (entry.kind === 'obligations') {
    return (
      <p className="timeline__change">
        <KeyList label={t.added} keys={strings(data.added)} tone="success" />
        <KeyList label={t.moved} keys={strings(data.rescheduled)} tone="info" />
        <KeyList label={t.retired} keys={strings(data.retired)} tone="neutral" />
      </p>
    );
  }
  if (entry.kind === 'note') return <p className="timeline__note">{entry.summary}</p>;
  return <p className="timeline__summary">{entry.summary}</p>;
};

const NoteComposer = ({ incidentId }: { incidentId: string }) => {
  const [body, setBody] = useState('');
  const add = useAddNote();
  const fieldError = serverFieldErrors(add.error).body;
  const [empty, setEmpty] = useState(false);
  const t = useMessages(messages).timeline.note;
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!body.trim()) return setEmpty(true);
    add.mutate({ id: incidentId, body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <form className="note-composer" noValidate onSubmit={submit}>
      <TextAreaField
        label={t.label}
        value={body}
        rows={3}
        maxLength={20_000}
        placeholder={t.placeholder}
        hint={t.hint}
        error={empty ? t.empty : fieldError}
        onChange={(e) => {
          setBody(e.target.value);
          setEmpty(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {add.isError && !fieldError ? <ProblemAlert error={add.error} /> : null}
      <div className="note-composer__actions">
        <Button type="submit" variant="primary" size="sm" loading={add.isPending}>
          {t.submit}
        </Button>
      </div>
    </form>
  );
};

/** The incident's immutable story, newest first, with a way to add to it. */
export const IncidentTimeline = ({
  incidentId,
  canWrite,
  id,
}: {
  incidentId: string;
  canWrite: boolean;
  id: string;
}) => {
  const me = useCurrentUser();
  const timeline = useTimeline(incidentId);
  const entries = [...(timeline.data ?? [])].reverse();
  const t = useMessages(messages).timeline;
  return (
    <Card title={t.title} className="incident-section" description={t.description}>
      <span id={id} className="section-anchor" tabIndex={-1} />
      <div className="stack stack--tight">
        {canWrite ? <NoteComposer incidentId={incidentId} /> : null}
        {timeline.isPending ? (
          <div className="stack stack--tight" role="status" aria-busy="true">
            <span className="visually-hidden">{t.loading}</span>
            <Skeleton variant="text" width="60" />
            <Skeleton variant="text" width="80" />
            <Skeleton variant="text" width="40" />
          </div>
        ) : timeline.isError && !timeline.data ? (
          <ErrorState
            error={timeline.error}
            title={t.loadFailed}
            onRetry={() => void timeline.refetch()}
          />
        ) : entries.length === 0 ? (
          <EmptyState
            icon={<LayersIcon size="lg" />}
            title={t.emptyTitle}
            description={t.emptyDescription}
          />
        ) : (
          <ol className="timeline incident-timeline" aria-label={t.list}>
            {entries.map((entry) => (
              <li
                className={`timeline__item timeline__item--${entry.kind}`}
                key={entry.id}
                data-kind={entry.kind}
              >
                <span className="timeline__marker" aria-hidden="true" />
                <div className="timeline__content">
                  <p className="timeline__title">
                    {t.kinds[entry.kind] ?? entry.kind}
                    <span className="timeline__actor">
                      {' '}
                      {entry.actorId === me.id ? t.byYou : t.by(entry.actor)}
                    </span>
                  </p>
                  <p className="timeline__time">
                    <Timestamp value={entry.at} layout="inline" />
                  </p>
                  <EntryBody entry={entry} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
};
