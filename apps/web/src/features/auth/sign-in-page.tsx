import type { CurrentUser } from '@vigil/contracts';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { homePath, safeNext } from '../../app/access';
import { rememberSsoNext } from '../../app/sso-next';
import { Alert, PageSkeleton, ShieldIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { LanguageMenu } from '../../app/shell/language-menu';
import { SSO_START_URL } from './api';
import { authMessages } from './messages';
import { OtpSignInForm } from './otp-sign-in-form';
import { useSession, useSsoStatus } from './queries';
import { ssoErrorMessage } from './sso-errors';

const SsoOption = ({ next }: { next: string | undefined }) => {
  const sso = useSsoStatus();
  const t = useMessages(authMessages);
  if (!sso.data?.enabled) return null;
  return (
    <div className="auth-card__sso">
      <p className="auth-card__divider">
        <span>{t.or}</span>
      </p>
      {/* A full-page navigation: the provider's page replaces this one, then sends the browser back. */}
      <a
        className="button button--secondary button--lg button--block"
        href={SSO_START_URL}
        onClick={() => rememberSsoNext(next)}
      >
        <ShieldIcon />
        {t.ssoButton}
      </a>
      {sso.data.issuer ? (
        <p className="auth-card__hint">{t.ssoThrough(new URL(sso.data.issuer).host)}</p>
      ) : null}
    </div>
  );
};

export const SignInPage = () => {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const ssoError = params.get('sso_error');
  const session = useSession();
  const t = useMessages(authMessages);

  if (session.data?.user) return <Navigate to={next ?? homePath(session.data.user)} replace />;

  const onSignedIn = (user: CurrentUser) =>
    void navigate(next ?? homePath(user), { replace: true });

  return (
    <main className="auth-layout" id="main">
      <title>{t.pageTitle}</title>
      <div className="auth-layout__inner">
        <p className="auth-layout__brand">
          <span className="sidebar__brand-mark" aria-hidden="true">
            <ShieldIcon />
          </span>
          Vigil
        </p>
        <div className="auth-card">
          {session.isPending ? (
            <PageSkeleton label={t.checkingSession} />
          ) : (
            <>
              {ssoError ? (
                <div className="auth-card__notice">
                  <Alert tone="danger" title={t.ssoFailed}>
                    {ssoErrorMessage(ssoError)}
                  </Alert>
                </div>
              ) : null}
              {next ? (
                <div className="auth-card__notice">
                  <Alert title={t.continueTitle}>
                    {t.continueBefore} <code className="code-chip">{next}</code>.
                  </Alert>
                </div>
              ) : null}
              <OtpSignInForm onSignedIn={onSignedIn} />
              <SsoOption next={next} />
            </>
          )}
        </div>
        <div className="auth-layout__footer">
          <span>{t.recorded}</span>
          <LanguageMenu signedIn={false} />
        </div>
      </div>
    </main>
  );
};
