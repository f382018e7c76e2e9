import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ButtonLink, Card, ErrorState, ShieldIcon } from '../components/ui';
import { pick, useMessages } from '../i18n';
import { appMessages } from './messages';

// After a deploy, old chunk names 404: only a full reload fetches the new ones.
const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    error.message,
  );

const useRetry = (error: unknown) => {
  const navigate = useNavigate();
  const location = useLocation();
  return () => {
    if (isChunkLoadError(error)) {
      window.location.reload();
      return;
    }
    // A new location object resets the router's error boundary, which renders the page again.
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  };
};

const messageOf = (error: unknown): { title: string; detail: string } => {
  if (isRouteErrorResponse(error)) {
    return { title: `${error.status} ${error.statusText}`, detail: String(error.data ?? '') };
  }
  const t = pick(appMessages).error;
  if (isChunkLoadError(error)) return { title: t.chunkTitle, detail: t.chunkDetail };
  return { title: t.title, detail: t.detail };
};

/** Inside the shell: a page failed to load or render; the navigation stays usable. */
export const RouteError = () => {
  const error = useRouteError();
  const retry = useRetry(error);
  const { title, detail } = messageOf(error);
  const t = useMessages(appMessages).error;
  return (
    <Card>
      <ErrorState
        error={new Error(detail)}
        title={title}
        onRetry={retry}
        actions={
          <ButtonLink to="/" variant="secondary">
            {t.toOverview}
          </ButtonLink>
        }
      />
    </Card>
  );
};

/** Outside the shell: the frame itself failed, so this page stands alone. */
export const RootError = () => {
  const error = useRouteError();
  const retry = useRetry(error);
  const { title, detail } = messageOf(error);
  const t = useMessages(appMessages).error;
  return (
    <main className="full-page" id="main">
      <title>{t.pageTitle}</title>
      <div className="auth-layout__inner">
        <p className="auth-layout__brand">
          <span className="sidebar__brand-mark" aria-hidden="true">
            <ShieldIcon />
          </span>
          Vigil
        </p>
        <div className="card">
          <ErrorState error={new Error(detail)} title={title} onRetry={retry} />
        </div>
      </div>
    </main>
  );
};
