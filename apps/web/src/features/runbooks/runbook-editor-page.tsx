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
  const n = index + 1;
  const error = (field: string) => errors[`steps.${index}.${field}`];
  const update = (patch: Partial<Omit<StepDraft, 'key'>>) => {
    dispatch({ type: 'updateStep', key: step.key, patch });
    Object.keys(patch).forEach((field) => onEdited(`steps.${index}.${field}`));
  };
  return (
    <li className="step-editor" aria-label={`Step ${n}`}>
      <div className="step-editor__head">
        <span className="step-editor__number" aria-hidden="true">
          {n}
        </span>
        <h3 className="step-editor__title">{step.title.trim() || `Step ${n}`}</h3>
        <span className="action-group">
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={`Move step ${n} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => dispatch({ type: 'moveStep', key: step.key, direction: 'up' })}
          >
            <ArrowUpIcon />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={`Move step ${n} down`}
            title="Move down"
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'moveStep', key: step.key, direction: 'down' })}
          >
            <ArrowDownIcon />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={`Remove step ${n}`}
            title={count === 1 ? 'A runbook has at least one step' : 'Remove'}
            disabled={count === 1}
            onClick={() => dispatch({ type: 'removeStep', key: step.key })}
          >
            <TrashIcon />
          </Button>
        </span>
      </div>
      <TextField
        label={`Step ${n} title`}
        value={step.title}
        maxLength={300}
        error={error('title')}
        placeholder="e.g. Identify the restore point"
        onChange={(e) => update({ title: e.target.value })}
      />
      <div className="form-grid">
        <SelectField
          label="Carried out by"
          value={step.role}
          error={error('role')}
          hint="A step with a role is that role's to tick; a security lead may act for anyone."
          onChange={(e) => update({ role: isRole(e.target.value) ? e.target.value : '' })}
        >
          <option value="">Anyone on the run</option>
          {STEP_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Expected minutes (optional)"
          inputMode="numeric"
          value={step.expectedMinutes}
          error={error('expectedMinutes')}
          placeholder="e.g. 15"
          onChange={(e) => update({ expectedMinutes: e.target.value })}
        />
      </div>
      <MarkdownField
        label={`Step ${n} instructions`}
        value={step.body}
        rows={5}
        maxLength={20_000}
        error={error('body')}
        placeholder={
          'Commands, checks and where to look.\n\n```\naws rds restore-db-instance-to-point-in-time …\n```'
        }
        onChange={(body) => update({ body })}
      />
      <div className="step-editor__foot">
        <Button
          size="sm"
          variant="ghost"
          icon={<PlusIcon />}
          onClick={() => dispatch({ type: 'addStep', after: step.key })}
        >
          Add a step below
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
  const services = useServices();
  const known = new Set((services.data ?? []).map((s) => s.id));
  const unknown = value.filter((id) => !known.has(id));
  const active = (services.data ?? []).filter((s: Service) => !s.retired || value.includes(s.id));
  if (services.isPending) {
    return (
      <div role="status" aria-busy="true">
        <span className="visually-hidden">Loading services…</span>
        <Skeleton />
      </div>
    );
  }
  if (services.isError && !services.data) {
    return (
      <p className="field__error">
        <ErrorIcon />
        The services could not be loaded: {describeProblem(services.error).title}.
      </p>
    );
  }
  if (active.length === 0 && unknown.length === 0) {
    return (
      <p className="fieldset__empty">
        No services are listed yet: runs of this runbook use RTO 48 h and RPO 24 h.
      </p>
    );
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
              {s.retired ? ' · retired' : ''}
            </span>
          </span>
        </label>
      ))}
      {unknown.map((id) => (
        <label className="checkbox" key={id}>
          <input type="checkbox" checked onChange={() => onToggle(id)} />
          <span>
            <strong className="mono">{id}</strong>
            <span className="checkbox__hint">Not in the service list</span>
          </span>
        </label>
      ))}
    </div>
  );
};

const RunbookForm = ({ runbook }: { runbook?: Runbook }) => {
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
    <form className="runbook-form" noValidate onSubmit={submit} aria-label="Runbook">
      <div className="stack">
        <Card title="About">
          <div className="stack">
            <TextField
              label="Title"
              value={draft.title}
              maxLength={300}
              error={allErrors.title}
              placeholder="e.g. RDS point-in-time recovery"
              onChange={(e) => {
                dispatch({ type: 'set', field: 'title', value: e.target.value });
                clearError('title');
              }}
            />
            <fieldset className="fieldset">
              <legend className="field__label">Kind</legend>
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
                        {kind} · {KIND_LABELS[kind].long}
                      </strong>
                      <span className="checkbox__hint">{KIND_LABELS[kind].hint}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <MarkdownField
              label="Purpose (optional)"
              value={draft.summary}
              rows={3}
              maxLength={5000}
              error={allErrors.summary}
              placeholder="When to use it, and what it restores."
              onChange={(value) => dispatch({ type: 'set', field: 'summary', value })}
            />
          </div>
        </Card>
        <Card
          title="Answers"
          description="An incident of one of these categories suggests this runbook first."
        >
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
        <Card
          title="Recovers"
          description="The services it brings back. A run is held to the tightest RTO and RPO among them."
        >
          <ServicePicker
            value={draft.services}
            onToggle={(id) => dispatch({ type: 'toggleService', id })}
          />
        </Card>
        <Card
          title="Steps"
          description="In the order they are carried out. Instructions are Markdown: lists, code blocks, links and tables."
        >
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
            Add step
          </Button>
        </Card>
        {save.isError && Object.keys(serverFieldErrors(save.error)).length === 0 ? (
          <ProblemAlert error={save.error} action="Saving runbooks" />
        ) : null}
      </div>
      <div className="save-bar">
        <p className="save-bar__status" role="status">
          {badSteps > 0
            ? `${badSteps} ${badSteps === 1 ? 'step needs' : 'steps need'} attention`
            : Object.keys(allErrors).length > 0
              ? 'Some fields need attention'
              : dirty
                ? runbook
                  ? `Unsaved changes: saving makes version ${runbook.version + 1}`
                  : 'Not saved yet'
                : 'No changes'}
        </p>
        <ButtonLink to={runbook ? runbookPath(runbook.id) : '/runbooks'} variant="ghost">
          Cancel
        </ButtonLink>
        <Button
          type="submit"
          variant="primary"
          loading={save.isPending}
          disabled={!!runbook && !dirty}
        >
          {runbook ? `Save as version ${runbook.version + 1}` : 'Create runbook'}
        </Button>
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Discard changes"
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        Your changes to this runbook are not saved and will be lost.
      </ConfirmDialog>
    </form>
  );
};

const NotAllowed = () => (
  <>
    <PageHeader title="Runbook" />
    <Card>
      <EmptyState
        icon={<CompassIcon size="lg" />}
        title="Only a security lead or an admin writes runbooks"
        description="You can read and run them from the library."
        actions={
          <ButtonLink to="/runbooks" variant="primary">
            All runbooks
          </ButtonLink>
        }
      />
    </Card>
  </>
);

/** `/runbooks/new`: a runbook from scratch. */
export const NewRunbookPage = () => {
  const me = useCurrentUser();
  if (!canWriteRunbooks(me.role)) return <NotAllowed />;
  return (
    <>
      <PageHeader
        title="New runbook"
        description="Write the steps your team follows, in order, with who does each."
        actions={
          <ButtonLink to="/runbooks" variant="ghost" icon={<ArrowLeftIcon />}>
            All runbooks
          </ButtonLink>
        }
      />
      <RunbookForm />
    </>
  );
};

/** `/runbooks/:id/edit`: saving makes a new version; runs keep the one they started with. */
export const EditRunbookPage = () => {
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const runbook = useRunbook(id);
  if (!canWriteRunbooks(me.role)) return <NotAllowed />;
  if (runbook.isPending) return <PageSkeleton label="Loading the runbook" />;
  if (runbook.isError && !runbook.data) {
    const missing = isApiError(runbook.error) && runbook.error.status === 404;
    return (
      <>
        <PageHeader title="Edit runbook" />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title="No such runbook"
              description={
                <>
                  <code className="code-chip">{id}</code> does not exist, or is not visible to you.
                </>
              }
              actions={
                <ButtonLink to="/runbooks" variant="primary">
                  All runbooks
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
        eyebrow={`Editing version ${runbook.data.version}`}
        title={runbook.data.title}
        description="Saving makes a new version. Runs already started keep the version they began with."
        actions={
          <ButtonLink to={runbookPath(id)} variant="ghost" icon={<ArrowLeftIcon />}>
            Back to the runbook
          </ButtonLink>
        }
      />
      {runbook.data.archived ? (
        <Alert tone="warning" title="Archived">
          Saving does not restore it to the library.
        </Alert>
      ) : null}
      {/* A new version from elsewhere starts the form afresh rather than being overwritten. */}
      <RunbookForm key={runbook.data.version} runbook={runbook.data} />
    </>
  );
};
