import type { RunStep } from '@vigil/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../../app/access';
import { Button, CheckIcon, ProblemAlert, TextAreaField, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatClockTime, formatDateTime } from '../../lib/format';
import { Markdown } from '../runbooks/markdown';
import { StepRoleBadge } from '../runbooks/runbook-badges';
import type { StepStatus } from './api';
import { runMessages } from './messages';
import { StepStatusBadge } from './run-badges';
import { runPageMessages } from './run-page.messages';
import { RUN_SHORTCUTS } from './run-shortcuts';

/** Who last changed the step and when, in one line. */
const StepChange = ({ step }: { step: RunStep }) => {
  const t = useMessages(runPageMessages).step;
  return step.updatedAt ? (
    <p className="step-focus__change">
      {t.changed[step.status]}
      {step.updatedBy ? t.changedBy(step.updatedBy) : ''},{' '}
      <Timestamp value={step.updatedAt} layout="inline" />
    </p>
  ) : null;
};

export interface FocusedStepProps {
  step: RunStep;
  index: number;
  total: number;
  /** The run is going on and this person may tick this step. */
  canAct: boolean;
  /** Why not, when the run goes on but the step is another role's. */
  notAllowed?: string;
  pending: StepStatus | undefined;
  error: unknown;
  blocking: boolean;
  /** Focus the title when shown: the person moved here from another step. */
  takeFocus: boolean;
  onBlocking: (open: boolean) => void;
  onStatus: (status: StepStatus, note?: string) => void;
}

/** The step being worked on, big: what to do, who does it, and Done / Skip / Blocked. */
export const FocusedStep = ({
  step,
  index,
  total,
  canAct,
  notAllowed,
  pending,
  error,
  blocking,
  takeFocus,
  onBlocking,
  onStatus,
}: FocusedStepProps) => {
  const t = useMessages(runPageMessages).step;
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const reasonRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (blocking) reasonRef.current?.querySelector('textarea')?.focus();
  }, [blocking]);
  // Keyed by step: this runs when a new step comes into focus, not on every refresh.
  const [focusOnMount] = useState(takeFocus);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus({ preventScroll: true });
  }, [focusOnMount]);

  const block = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!reason.trim()) return setEmpty(true);
    onStatus('blocked', reason.trim());
  };
  const settled = step.status === 'done' || step.status === 'skipped';

  return (
    <section
      className={`step-focus step-focus--${step.status}`}
      aria-labelledby={titleId}
      data-step-id={step.id}
    >
      <p className="step-focus__eyebrow">
        {t.position(index + 1, total)}
        <StepStatusBadge status={step.status} />
      </p>
      <h2 className="step-focus__title" id={titleId} ref={titleRef} tabIndex={-1}>
        {step.title}
      </h2>
      <p className="step-focus__meta">
        <span>
          {t.owner} <StepRoleBadge role={step.role} />
        </span>
        {step.expectedMinutes ? <span>{t.expected(step.expectedMinutes)}</span> : null}
      </p>
      <StepChange step={step} />
      {step.status === 'blocked' && step.note ? (
        <p className="step-focus__note step-focus__note--blocked">
          <strong>{t.blockedNote}</strong>
          {step.note}
        </p>
      ) : step.note ? (
        <p className="step-focus__note">{step.note}</p>
      ) : null}
      {step.body.trim() ? (
        <Markdown text={step.body} className="step-focus__body" />
      ) : (
        <p className="muted">{t.noInstructions}</p>
      )}
      {notAllowed ? <p className="step-focus__denied">{notAllowed}</p> : null}
      {canAct ? (
        <>
          {blocking ? (
            <form
              className="step-focus__block"
              noValidate
              onSubmit={block}
              aria-label={t.blockForm}
            >
              <div ref={reasonRef}>
                <TextAreaField
                  label={t.blockQuestion}
                  value={reason}
                  rows={3}
                  maxLength={5000}
                  placeholder={t.blockPlaceholder}
                  hint={t.blockHint}
                  error={empty ? t.blockRequired : undefined}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setEmpty(false);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault();
                      block();
                    } else if (e.key === 'Escape') {
                      e.preventDefault();
                      onBlocking(false);
                    }
                  }}
                />
              </div>
              <div className="step-focus__actions">
                <Button type="submit" variant="danger" loading={pending === 'blocked'}>
                  {t.markBlocked}
                </Button>
                <Button variant="ghost" onClick={() => onBlocking(false)}>
                  {t.cancel}
                </Button>
              </div>
            </form>
          ) : (
            <div className="step-focus__actions">
              {settled ? (
                <Button
                  size="lg"
                  onClick={() => onStatus('pending')}
                  loading={pending === 'pending'}
                  aria-keyshortcuts="R"
                >
                  {t.reopen} <kbd>R</kbd>
                </Button>
              ) : (
                <>
                  <Button
                    size="lg"
                    variant="primary"
                    icon={<CheckIcon />}
                    loading={pending === 'done'}
                    aria-keyshortcuts="D"
                    onClick={() => onStatus('done')}
                  >
                    {t.done} <kbd>D</kbd>
                  </Button>
                  <Button
                    size="lg"
                    loading={pending === 'skipped'}
                    aria-keyshortcuts="S"
                    onClick={() => onStatus('skipped')}
                  >
                    {t.skip} <kbd>S</kbd>
                  </Button>
                  <Button
                    size="lg"
                    variant="ghost"
                    className="step-focus__blocked"
                    aria-keyshortcuts="B"
                    onClick={() => {
                      setReason(step.status === 'blocked' ? (step.note ?? '') : '');
                      onBlocking(true);
                    }}
                  >
                    {step.status === 'blocked' ? t.updateReason : t.blocked} <kbd>B</kbd>
                  </Button>
                </>
              )}
            </div>
          )}
          {error ? <ProblemAlert error={error} /> : null}
          <p className="step-focus__keys">
            {t.keys}{' '}
            {RUN_SHORTCUTS.map((s) => (
              <span key={s.key}>
                <kbd>{s.key}</kbd> {s.label}
              </span>
            ))}
          </p>
        </>
      ) : null}
    </section>
  );
};

/** Every step at a glance: status, and who settled it when. A step opens in the focus panel. */
export const StepNav = ({
  steps,
  focusedId,
  onFocus,
}: {
  steps: readonly RunStep[];
  focusedId: string | undefined;
  onFocus: (id: string) => void;
}) => {
  const t = useMessages(runPageMessages).nav;
  const statusLabels = useMessages(runMessages).stepStatus;
  return (
    <nav className="step-nav" aria-label={t.label}>
      <ol className="step-nav__list">
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className={`step-nav__item step-nav__item--${step.status}`}
              aria-current={step.id === focusedId ? 'step' : undefined}
              onClick={() => onFocus(step.id)}
            >
              <span className="step-nav__number" aria-hidden="true">
                {step.status === 'done' ? <CheckIcon /> : i + 1}
              </span>
              <span className="step-nav__text">
                <span className="step-nav__title">
                  <span className="visually-hidden">{t.step(i + 1)}</span>
                  {step.title}
                </span>
                <span className="step-nav__meta">
                  <span className={`step-nav__status step-nav__status--${step.status}`}>
                    {statusLabels[step.status]}
                  </span>
                  {step.updatedAt && step.status !== 'pending' ? (
                    <>
                      {step.updatedBy ? ` · ${step.updatedBy}` : ''} ·{' '}
                      <time dateTime={step.updatedAt} title={formatDateTime(step.updatedAt)}>
                        {formatClockTime(Date.parse(step.updatedAt))}
                      </time>
                    </>
                  ) : step.role ? (
                    ` · ${ROLE_LABELS[step.role]}`
                  ) : null}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
};
