import { EMAIL_PATTERN, type CurrentUser } from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, ProblemAlert, TextField } from '../../components/ui';
import { isApiError } from '../../lib/api-client';
import { useCountdown } from '../../lib/use-countdown';
import { useRequestOtp, useVerifyOtp } from './queries';

const CODE_PATTERN = /^\d{6}$/;
/** A fresh code cannot be asked for sooner: the first one is most likely still on its way. */
export const RESEND_AFTER_MS = 30_000;

export interface OtpSignInFormProps {
  onSignedIn: (user: CurrentUser) => void;
}

type Step = 'email' | 'code';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiError(error) ? error.errors.find((e) => e.path === path)?.message : undefined;

const isRateLimited = (error: unknown) => isApiError(error) && error.status === 429;

/** How long a 429 lasts, from its Retry-After (15 minutes when the server gave none). */
const retryAfterMs = (error: unknown) =>
  (isApiError(error) ? (error.retryAfterSeconds ?? 900) : 900) * 1000;

const formatWait = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
};

/** A 429, with the wait counting down and the server's words kept. */
const RateLimitAlert = ({ error, left }: { error: unknown; left: number }) => {
  const detail = isApiError(error) ? error.detail : undefined;
  return (
    <Alert
      tone="danger"
      title={
        left > 0 ? `Too many attempts: try again in ${formatWait(left)}` : 'You can try again now'
      }
      meta="HTTP 429"
    >
      {detail ?? 'Sign-in is paused for this address for a while, to stop code guessing.'}
    </Alert>
  );
};

/** Email → one-time code, the two steps of `POST /auth/otp` then `/auth/otp/verify`. */
export const OtpSignInForm = ({ onSignedIn }: OtpSignInFormProps) => {
  const [step, setStep] = useState<Step>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [codeError, setCodeError] = useState<string>();
  const [resent, setResent] = useState(false);
  const [rateLimited, setRateLimited] = useState(false);
  const requestCode = useRequestOtp();
  const verify = useVerifyOtp();
  const resendWait = useCountdown();
  const limitWait = useCountdown();
  const resendIn = resendWait.left;
  const limitedFor = limitWait.left;
  const resendWaitId = useId();

  const onLimited = (error: unknown) => {
    if (!isRateLimited(error)) return;
    setRateLimited(true);
    limitWait.start(retryAfterMs(error));
  };

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
          resendWait.start(RESEND_AFTER_MS);
          setStep('code');
        },
        onError: onLimited,
      },
    );
  };

  const resendCode = () => {
    verify.reset();
    setResent(false);
    requestCode.mutate(
      { email },
      {
        onSuccess: () => {
          resendWait.start(RESEND_AFTER_MS);
          setResent(true);
        },
        onError: onLimited,
      },
    );
  };

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!CODE_PATTERN.test(code)) {
      setCodeError('The code is the 6 digits from the email.');
      return;
    }
    setCodeError(undefined);
    verify.mutate(
      { email, code },
      { onSuccess: (result) => onSignedIn(result.user), onError: onLimited },
    );
  };

  const changeEmail = () => {
    setStep('email');
    setCode('');
    setCodeError(undefined);
    setResent(false);
    resendWait.reset();
    limitWait.reset();
    setRateLimited(false);
    requestCode.reset();
    verify.reset();
  };

  const limited = limitedFor > 0;

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
          {requestCode.isError && rateLimited ? (
            <RateLimitAlert error={requestCode.error} left={limitedFor} />
          ) : requestCode.isError ? (
            <ProblemAlert error={requestCode.error} action="Email sign-in" />
          ) : null}
          <Button
            type="submit"
            variant="primary"
            size="lg"
            block
            loading={requestCode.isPending}
            disabled={limited}
          >
            Send code
          </Button>
        </form>
      </>
    );
  }

  const wrongCode = isApiError(verify.error) && verify.error.status === 401;
  const rateLimitError = [verify.error, requestCode.error].find(isRateLimited);
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
        {rateLimitError && rateLimited ? (
          <RateLimitAlert error={rateLimitError} left={limitedFor} />
        ) : (
          <>
            {verify.isError && !wrongCode ? (
              <ProblemAlert error={verify.error} action="Email sign-in" />
            ) : null}
            {requestCode.isError ? (
              <ProblemAlert error={requestCode.error} action="Email sign-in" />
            ) : null}
          </>
        )}
        {resent && !requestCode.isError ? (
          <Alert title="A new code is on its way.">Codes sent earlier no longer work.</Alert>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="lg"
          block
          loading={verify.isPending}
          disabled={limited}
        >
          Verify and sign in
        </Button>
        <div className="auth-card__secondary">
          <Button variant="link" onClick={changeEmail}>
            Use a different email
          </Button>
          <Button
            variant="link"
            onClick={resendCode}
            loading={requestCode.isPending}
            disabled={resendIn > 0 || limited}
            aria-describedby={resendIn > 0 ? resendWaitId : undefined}
          >
            Send a new code
          </Button>
        </div>
        {resendIn > 0 ? (
          <p className="auth-card__hint" id={resendWaitId}>
            You can ask for a new code in {resendIn} s, if this one does not arrive.
          </p>
        ) : null}
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
