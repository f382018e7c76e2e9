import {
  INCIDENT_CATEGORIES,
  ROLES,
  RUNBOOK_KINDS,
  type Role,
  type Runbook,
  type Service,
} from '@vigil/contracts';
import { useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { useBlocker, useNavigate, useParams } from 'react-router';
import { ROLE_LABELS } from '../../app/access';
import {
  Alert,
  ArrowDownIcon,
  ArrowLeftIcon,
  ArrowUpIcon,
  Button,
  ButtonLink,
  Card,
  CompassIcon,
  ConfirmDialog,
  EmptyState,
  ErrorIcon,
  ErrorState,
  PageHeader,
  PageSkeleton,
  PlusIcon,
  ProblemAlert,
  SelectField,
  Skeleton,
  TextField,
  TrashIcon,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { describeProblem } from '../../lib/problem-text';
import { useCurrentUser } from '../auth/queries';
import { formatHours } from '../runbook-runs/recovery-clock';
import { MarkdownField } from './markdown-field';
import { runbookPath } from './paths';
import { useCreateRunbook, useRunbook, useServices, useUpdateRunbook } from './queries';
import { canWriteRunbooks } from './runbook-access';
import {
  draftOfRunbook,
  editorReducer,
  emptyRunbookDraft,
  sameDraft,
  stepErrorCount,
  toRunbookInput,
  type EditorAction,
  type RunbookDraft,
  type StepDraft,
} from './runbook-editor';
import { runbookEditorMessages } from './runbook-editor-page.messages';
import { KIND_LABELS } from './runbook-filter';
import './runbooks.css';

// Step roles: the ones that can tick a step; a client's auditor never runs a runbook.
const STEP_ROLES = ROLES.filter((r) => r !== 'client_auditor' && r !== 'auditor');

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const StepEditor = ({
  step,
  index,
  count,
  errors,
  dispatch,
  onEdited,
}: {
  step: StepDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  dispatch: (action: EditorAction) => void;
  /** A field's message goes once it is edited. */
  onEdited: (path: string) => void;
}) => {
  const t = useMessages(runbookEditorMessages).step;
  const n = index + 1;
  const error = (field: string) => errors[`steps.${index}.${field}`];
  const update = (patch: Partial<Omit<StepDraft, 'key'>>) => {
    dispatch({ type: 'updateStep', key: step.key, patch });
    Object.keys(patch).forEach((field) => onEdited(`steps.${index}.${field}`));
  };
  return (
    <li className="step-editor" aria-label={t.label(n)}>
      <div className="step-editor__head">
        <span className="step-editor__number" aria-hidden="true">
          {n}
        </span>
        <h3 className="step-editor__title">{step.title.trim() || t.label(n)}</h3>
        <span className="action-group">
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={t.moveUp(n)}
            title={t.moveUpHint}
            disabled={index === 0}
            onClick={() => dispatch({ type: 'moveStep', key: step.key, direction: 'up' })}
          >
            <ArrowUpIcon />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={t.moveDown(n)}
            title={t.moveDownHint}
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'moveStep', key: step.key, direction: 'down' })}
          >
            <ArrowDownIcon />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={t.remove(n)}
            title={count === 1 ? t.lastStep : t.removeHint}
            disabled={count === 1}
            onClick={() => dispatch({ type: 'removeStep', key: step.key })}
          >
            <TrashIcon />
          </Button>
        </span>
      </div>
      <TextField
        label={t.title(n)}
        value={step.title}
        maxLength={300}
        error={error('title')}
        placeholder={t.titlePlaceholder}
        onChange={(e) => update({ title: e.target.value })}
      />
      <div className="form-grid">
        <SelectField
          label={t.role}
          value={step.role}
          error={error('role')}
          hint={t.roleHint}
          onChange={(e) => update({ role: isRole(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t.anyone}</option>
          {STEP_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.minutes}
          inputMode="numeric"
          value={step.expectedMinutes}
          error={error('expectedMinutes')}
          placeholder={t.minutesPlaceholder}
          onChange={(e) => update({ expectedMinutes: e.target.value })}
        />
      </div>
      <MarkdownField
        label={t.instructions(n)}
        value={step.body}
        rows={5}
        maxLength={20_000}
        error={error('body')}
        placeholder={t.instructionsPlaceholder}
        onChange={(body) => update({ body })}
      />
      <div className="step-editor__foot">
        <Button
          size="sm"
          variant="ghost"
          icon={<PlusIcon />}
          onClick={() => dispatch({ type: 'addStep', after: step.key })}
        >
          {t.addBelow}
        </Button>
      </div>
    </li>
  );
};

const ServicePicker = ({
  value,
  onToggle,
}: {
  value: readonly string[];
  onToggle: (id: string) => void;
}) => {
  const t = useMessages(runbookEditorMessages).services;
  const services = useServices();
  const known = new Set((services.data ?? []).map((s) => s.id));
  const unknown = value.filter((id) => !known.has(id));
  const active = (services.data ?? []).filter((s: Service) => !s.retired || value.includes(s.id));
  if (services.isPending) {
    return (
      <div role="status" aria-busy="true">
        <span className="visually-hidden">{t.loading}</span>
        <Skeleton />
      </div>
    );
  }
  if (services.isError && !services.data) {
    return (
      <p className="field__error">
        <ErrorIcon />
        {t.failed(describeProblem(services.error).title)}
      </p>
    );
  }
  if (active.length === 0 && unknown.length === 0) {
    return <p className="fieldset__empty">{t.none}</p>;
  }
  return (
    <div className="checkbox-grid">
      {active.map((s) => (
        <label className="checkbox" key={s.id}>
          <input type="checkbox" checked={value.includes(s.id)} onChange={() => onToggle(s.id)} />
          <span>
            <strong>{s.name}</strong>
            <span className="checkbox__hint">
              RTO {formatHours(s.rtoHours)} · RPO {formatHours(s.rpoHours)}
              {s.retired ? t.retired : ''}
            </span>
          </span>
        </label>
      ))}
      {unknown.map((id) => (
        <label className="checkbox" key={id}>
          <input type="checkbox" checked onChange={() => onToggle(id)} />
          <span>
            <strong className="mono">{id}</strong>
            <span className="checkbox__hint">{t.unknown}</span>
          </span>
        </label>
      ))}
    </div>
  );
};

interface SaveState {
  badSteps: number;
  errors: number;
  dirty: boolean;
  runbook?: Runbook;
}

/** What the save bar says: what needs fixing first, else whether there is anything to save. */
const saveStatus = (
  t: (typeof runbookEditorMessages)['en']['saveBar'],
  { badSteps, errors, dirty, runbook }: SaveState,
): string => {
  if (badSteps > 0) return t.badSteps(badSteps);
  if (errors > 0) return t.badFields;
  if (!dirty) return t.noChanges;
  return runbook ? t.unsaved(runbook.version + 1) : t.notSaved;
};

const RunbookForm = ({ runbook }: { runbook?: Runbook }) => {
  const words = useMessages(runbookEditorMessages);
  const t = words.form;
  const navigate = useNavigate();
  const kindName = useId();
  const [initial] = useState<RunbookDraft>(() =>
    runbook ? draftOfRunbook(runbook) : emptyRunbookDraft(),
  );
  const [draft, dispatch] = useReducer(editorReducer, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateRunbook();
  const update = useUpdateRunbook();
  const save = runbook ? update : create;
  const allErrors = { ...serverFieldErrors(save.error), ...errors };
  const dirty = !sameDraft(initial, draft);
  // Read when a navigation starts, so the one that follows a save is let through.
  const saved = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !saved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const clearError = (path: string) => setErrors((e) => withoutError(e, path));

  const categories = [
    ...INCIDENT_CATEGORIES,
    ...draft.categories.filter((c) => !(INCIDENT_CATEGORIES as readonly string[]).includes(c)),
  ];
  const badSteps = stepErrorCount(allErrors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toRunbookInput(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    const done = (result: Runbook) => {
      saved.current = true;
      void navigate(runbookPath(result.id));
    };
    if (runbook) update.mutate({ id: runbook.id, ...result.value }, { onSuccess: done });
    else create.mutate(result.value, { onSuccess: done });
  };

  return (
    <form className="runbook-form" noValidate onSubmit={submit} aria-label={t.label}>
      <div className="stack">
        <Card title={t.about}>
          <div className="stack">
            <TextField
              label={t.title}
              value={draft.title}
              maxLength={300}
              error={allErrors.title}
              placeholder={t.titlePlaceholder}
              onChange={(e) => {
                dispatch({ type: 'set', field: 'title', value: e.target.value });
                clearError('title');
              }}
            />
            <fieldset className="fieldset">
              <legend className="field__label">{t.kind}</legend>
              <div className="kind-options">
                {RUNBOOK_KINDS.map((kind) => (
                  <label className="checkbox" key={kind}>
                    <input
                      type="radio"
                      name={kindName}
                      checked={draft.kind === kind}
                      onChange={() => dispatch({ type: 'setKind', kind })}
                    />
                    <span>
                      <strong>
                        {KIND_LABELS[kind].short} · {KIND_LABELS[kind].long}
                      </strong>
                      <span className="checkbox__hint">{KIND_LABELS[kind].hint}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <MarkdownField
              label={t.purpose}
              value={draft.summary}
              rows={3}
              maxLength={5000}
              error={allErrors.summary}
              placeholder={t.purposePlaceholder}
              onChange={(value) => dispatch({ type: 'set', field: 'summary', value })}
            />
          </div>
        </Card>
        <Card title={t.answers} description={t.answersDescription}>
          <div className="checkbox-grid">
            {categories.map((c) => (
              <label className="checkbox" key={c}>
                <input
                  type="checkbox"
                  checked={draft.categories.includes(c)}
                  onChange={() => dispatch({ type: 'toggleCategory', category: c })}
                />
                <span>
                  <strong>{c}</strong>
                </span>
              </label>
            ))}
          </div>
          {allErrors.categories ? (
            <p className="field__error">
              <ErrorIcon />
              {allErrors.categories}
            </p>
          ) : null}
        </Card>
        <Card title={t.recovers} description={t.recoversDescription}>
          <ServicePicker
            value={draft.services}
            onToggle={(id) => dispatch({ type: 'toggleService', id })}
          />
        </Card>
        <Card title={t.steps} description={t.stepsDescription}>
          <ol className="step-editor-list">
            {draft.steps.map((step, i) => (
              <StepEditor
                key={step.key}
                step={step}
                index={i}
                count={draft.steps.length}
                errors={allErrors}
                dispatch={dispatch}
                onEdited={clearError}
              />
            ))}
          </ol>
          {allErrors.steps ? (
            <p className="field__error">
              <ErrorIcon />
              {allErrors.steps}
            </p>
          ) : null}
          <Button icon={<PlusIcon />} onClick={() => dispatch({ type: 'addStep' })}>
            {t.addStep}
          </Button>
        </Card>
        {save.isError && Object.keys(serverFieldErrors(save.error)).length === 0 ? (
          <ProblemAlert error={save.error} action={t.problemAction} />
        ) : null}
      </div>
      <div className="save-bar">
        <p className="save-bar__status" role="status">
          {saveStatus(words.saveBar, {
            badSteps,
            errors: Object.keys(allErrors).length,
            dirty,
            runbook,
          })}
        </p>
        <ButtonLink to={runbook ? runbookPath(runbook.id) : '/runbooks'} variant="ghost">
          {words.saveBar.cancel}
        </ButtonLink>
        <Button
          type="submit"
          variant="primary"
          loading={save.isPending}
          disabled={!!runbook && !dirty}
        >
          {runbook ? words.saveBar.saveAs(runbook.version + 1) : words.saveBar.create}
        </Button>
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={words.saveBar.leaveTitle}
        confirmLabel={words.saveBar.leaveConfirm}
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        {words.saveBar.leaveText}
      </ConfirmDialog>
    </form>
  );
};

const NotAllowed = () => {
  const t = useMessages(runbookEditorMessages).pages;
  return (
    <>
      <PageHeader title={t.runbook} />
      <Card>
        <EmptyState
          icon={<CompassIcon size="lg" />}
          title={t.notAllowed}
          description={t.notAllowedText}
          actions={
            <ButtonLink to="/runbooks" variant="primary">
              {t.allRunbooks}
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
};

/** `/runbooks/new`: a runbook from scratch. */
export const NewRunbookPage = () => {
  const t = useMessages(runbookEditorMessages).pages;
  const me = useCurrentUser();
  if (!canWriteRunbooks(me.role)) return <NotAllowed />;
  return (
    <>
      <PageHeader
        title={t.newTitle}
        description={t.newDescription}
        actions={
          <ButtonLink to="/runbooks" variant="ghost" icon={<ArrowLeftIcon />}>
            {t.allRunbooks}
          </ButtonLink>
        }
      />
      <RunbookForm />
    </>
  );
};

/** `/runbooks/:id/edit`: saving makes a new version; runs keep the one they started with. */
export const EditRunbookPage = () => {
  const t = useMessages(runbookEditorMessages).pages;
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const runbook = useRunbook(id);
  if (!canWriteRunbooks(me.role)) return <NotAllowed />;
  if (runbook.isPending) return <PageSkeleton label={t.loading} />;
  if (runbook.isError && !runbook.data) {
    const missing = isApiError(runbook.error) && runbook.error.status === 404;
    return (
      <>
        <PageHeader title={t.editTitle} />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title={t.noRunbook}
              description={
                <>
                  <code className="code-chip">{id}</code>
                  {t.notVisible}
                </>
              }
              actions={
                <ButtonLink to="/runbooks" variant="primary">
                  {t.allRunbooks}
                </ButtonLink>
              }
            />
          ) : (
            <ErrorState error={runbook.error} onRetry={() => void runbook.refetch()} />
          )}
        </Card>
      </>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={t.editing(runbook.data.version)}
        title={runbook.data.title}
        description={t.editDescription}
        actions={
          <ButtonLink to={runbookPath(id)} variant="ghost" icon={<ArrowLeftIcon />}>
            {t.back}
          </ButtonLink>
        }
      />
      {runbook.data.archived ? (
        <Alert tone="warning" title={t.archived}>
          {t.archivedText}
        </Alert>
      ) : null}
      {/* A new version from elsewhere starts the form afresh rather than being overwritten. */}
      <RunbookForm key={runbook.data.version} runbook={runbook.data} />
    </>
  );
};
