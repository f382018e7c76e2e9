import { Link, useNavigate } from 'react-router';
import { ArrowLeftIcon, ShieldIcon } from '../../components/ui';
import { OtpSignInForm } from './otp-sign-in-form';

export const SignInPage = () => {
  const navigate = useNavigate();
  return (
    <main className="auth-layout" id="main">
      <title>Sign in · Vigil</title>
      <div className="auth-layout__inner">
        <Link to="/" className="auth-layout__brand" aria-label="Vigil, back to the console">
          <span className="sidebar__brand-mark" aria-hidden="true">
            <ShieldIcon />
          </span>
          Vigil
        </Link>
        <div className="auth-card">
          <OtpSignInForm onSignedIn={() => void navigate('/', { replace: true })} />
        </div>
        <div className="auth-layout__footer">
          <Link to="/">
            <ArrowLeftIcon /> Back to the console
          </Link>
          <span>Every sign-in is recorded in the audit log.</span>
        </div>
      </div>
    </main>
  );
};
