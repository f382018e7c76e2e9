import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorState, PageSkeleton, ShieldIcon } from '../components/ui';
import { useSession } from '../features/auth/queries';
import { type Locale, useLocaleSettings, useMessages } from '../i18n';
import { safeNext } from './access';
import { CurrentUserContext } from './current-user';
import { appMessages } from './messages';
import { takeSsoNext } from './sso-next';

/** Pages behind a sign-in: visitors without a session go to `/sign-in?next=<this page>`. */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const session = useSession();
  const t = useMessages(appMessages);
  const location = useLocation();

  if (session.isPending) {
    return (
      <main className="full-page">
        <PageSkeleton label={t.checkingSession} />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main className="full-page" id="main">
        <title>Vigil</title>
        <div className="auth-layout__inner">
          <p className="auth-layout__brand">
            <span className="sidebar__brand-mark" aria-hidden="true">
              <ShieldIcon />
            </span>
            Vigil
          </p>
          <div className="card">
            <ErrorState
              error={session.error}
              title={t.sessionUnknown}
              onRetry={() => void session.refetch()}
            />
          </div>
        </div>
      </main>
    );
  }
  if (!session.data.user) {
    if (session.data.signedOut) return <Navigate to="/sign-in" replace />;
    const here = `${location.pathname}${location.search}${location.hash}`;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }

  return (
    <CurrentUserContext value={session.data.user}>
      <ResumeAfterSso />
      <AdoptAccountLocale locale={session.data.user.locale} />
      {children}
    </CurrentUserContext>
  );
};

/** A language kept with the account wins over this browser's last choice. */
const AdoptAccountLocale = ({ locale }: { locale: Locale | null }) => {
  const { adoptAccountLocale } = useLocaleSettings();
  useEffect(() => adoptAccountLocale(locale), [locale, adoptAccountLocale]);
  return null;
};

/** Back from the identity provider, which always returns to "/": resume where sign-in began. */
const ResumeAfterSso = () => {
  const navigate = useNavigate();
  useEffect(() => {
    const next = safeNext(takeSsoNext());
    if (next) void navigate(next, { replace: true });
  }, [navigate]);
  return null;
};
