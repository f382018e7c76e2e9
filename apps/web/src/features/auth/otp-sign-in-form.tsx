import { EMAIL_PATTERN } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import { Alert, Button, ProblemAlert, TextField } from '../../components/ui';
import { isApiError } from '../../lib/api-client';
import { useRequestOtp, useVerifyOtp } from './queries';

const CODE_PATTERN = /^\d{6}$/;

export interface OtpSignInFormProps {
  onSignedIn: () => void;
}

type Step = 'email' | 'code';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiError(error) ? error.errors.find((e) => e.path === path)?.message : undefined;

/** Email → one-time code, the two steps of `POST /auth/otp` then `/auth/otp/verify`. */
export const OtpSignInForm = ({ onSignedIn }: OtpSignInFormProps) => {
  const [step, setStep] = useState<Step>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [codeError, setCodeError] = useState<string>();
  const [resent, setResent] = useState(false);
  const requestCode = useRequestOtp();
  const verify = useVerifyOtp();

  const sendCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!EMAIL_PATTERN.test(trimmed)) {
      setEmailError('Enter the email address you use for Vigil, like name@company.com.');
      return;
    }
    setEmailError(undefined);
    requestCode.mutate(
      { email: trimmed },
      {
        onSuccess: () => {
          setEmail(trimmed);
          setStep('code');
        },
      },
    );
  };

  const resendCode = () => {
    verify.reset();
    setResent(false);
    requestCode.mutate({ email }, { onSuccess: () => setResent(true) });
  };

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!CODE_PATTERN.test(code)) {
      setCodeError('The code is the 6 digits from the email.');
      return;
    }
    setCodeError(undefined);
    verify.mutate({ email, code }, { onSuccess: onSignedIn });
  };

  const changeEmail = () => {
    setStep('email');
    setCode('');
    setCodeError(undefined);
    setResent(false);
    requestCode.reset();
    verify.reset();
  };

  if (step === 'email') {
    return (
      <>
        <Steps current={1} />
        <h1 className="auth-card__title">Sign in to Vigil</h1>
        <p className="auth-card__lead">
          We will email you a 6‑digit code. It works once, for 10 minutes.
        </p>
        <form className="auth-card__form" onSubmit={sendCode} noValidate>
          <TextField
            label="Work email"
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            placeholder="name@company.com"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={emailError ?? fieldError(requestCode.error, 'email')}
          />
          {requestCode.isError ? (
            <ProblemAlert error={requestCode.error} action="Email sign-in" />
          ) : null}
          <Button type="submit" variant="primary" size="lg" block loading={requestCode.isPending}>
            Send code
          </Button>
        </form>
      </>
    );
  }

  const wrongCode = isApiError(verify.error) && verify.error.status === 401;
  return (
    <>
      <Steps current={2} />
      <h1 className="auth-card__title">Check your email</h1>
      <p className="auth-card__lead">
        If <strong>{email}</strong> has a Vigil account, a 6‑digit code is on its way.
      </p>
      <form className="auth-card__form" onSubmit={submitCode} noValidate>
        <TextField
          label="Sign-in code"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          placeholder="000000"
          autoFocus
          inputClassName="input--code"
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
          error={
            codeError ??
            (wrongCode
              ? 'That code is wrong or has expired. Check the latest email, or send a new code.'
              : fieldError(verify.error, 'code'))
          }
        />
        {verify.isError && !wrongCode ? (
          <ProblemAlert error={verify.error} action="Email sign-in" />
        ) : null}
        {requestCode.isError ? (
          <ProblemAlert error={requestCode.error} action="Email sign-in" />
        ) : null}
        {resent && !requestCode.isError ? (
          <Alert title="A new code is on its way.">Codes sent earlier no longer work.</Alert>
        ) : null}
        <Button type="submit" variant="primary" size="lg" block loading={verify.isPending}>
          Verify and sign in
        </Button>
        <div className="auth-card__secondary">
          <Button variant="link" onClick={changeEmail}>
            Use a different email
          </Button>
          <Button variant="link" onClick={resendCode} loading={requestCode.isPending}>
            Send a new code
          </Button>
        </div>
      </form>
    </>
  );
};

const Steps = ({ current }: { current: 1 | 2 }) => (
  <div className="auth-card__steps" aria-hidden="true">
    <span className="auth-card__step auth-card__step--done" />
    <span className={`auth-card__step ${current === 2 ? 'auth-card__step--done' : ''}`} />
  </div>
);
