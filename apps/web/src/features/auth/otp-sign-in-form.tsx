import { EMAIL_PATTERN, type CurrentUser } from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, ProblemAlert, TextField } from '../../components/ui';
import { isApiError } from '../../lib/api-client';
import { useCountdown } from '../../lib/use-countdown';
import { pick, useMessages } from '../../i18n';
import { authMessages } from './messages';
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
  const t = useMessages(authMessages);
  return (
    <Alert
      tone="danger"
      title={left > 0 ? t.tooMany(formatWait(left)) : t.canRetry}
      meta="HTTP 429"
    >
      {detail ?? t.paused}
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
  const t = useMessages(authMessages);

  const onLimited = (error: unknown) => {
    if (!isRateLimited(error)) return;
    setRateLimited(true);
    limitWait.start(retryAfterMs(error));
  };

  const sendCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!EMAIL_PATTERN.test(trimmed)) {
      setEmailError(pick(authMessages).emailInvalid);
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
      setCodeError(pick(authMessages).codeInvalid);
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
        <h1 className="auth-card__title">{t.title}</h1>
        <p className="auth-card__lead">{t.lead}</p>
        <form className="auth-card__form" onSubmit={sendCode} noValidate>
          <TextField
            label={t.email}
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
            <ProblemAlert error={requestCode.error} action={t.emailAction} />
          ) : null}
          <Button
            type="submit"
            variant="primary"
            size="lg"
            block
            loading={requestCode.isPending}
            disabled={limited}
          >
            {t.sendCode}
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
      <h1 className="auth-card__title">{t.checkEmail}</h1>
      <p className="auth-card__lead">
        {t.codeOnItsWayBefore} <strong>{email}</strong> {t.codeOnItsWayAfter}
      </p>
      <form className="auth-card__form" onSubmit={submitCode} noValidate>
        <TextField
          label={t.code}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          placeholder="000000"
          autoFocus
          inputClassName="input--code"
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
          error={codeError ?? (wrongCode ? t.codeWrong : fieldError(verify.error, 'code'))}
        />
        {rateLimitError && rateLimited ? (
          <RateLimitAlert error={rateLimitError} left={limitedFor} />
        ) : (
          <>
            {verify.isError && !wrongCode ? (
              <ProblemAlert error={verify.error} action={t.emailAction} />
            ) : null}
            {requestCode.isError ? (
              <ProblemAlert error={requestCode.error} action={t.emailAction} />
            ) : null}
          </>
        )}
        {resent && !requestCode.isError ? (
          <Alert title={t.newCodeSent}>{t.oldCodesVoid}</Alert>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="lg"
          block
          loading={verify.isPending}
          disabled={limited}
        >
          {t.verify}
        </Button>
        <div className="auth-card__secondary">
          <Button variant="link" onClick={changeEmail}>
            {t.otherEmail}
          </Button>
          <Button
            variant="link"
            onClick={resendCode}
            loading={requestCode.isPending}
            disabled={resendIn > 0 || limited}
            aria-describedby={resendIn > 0 ? resendWaitId : undefined}
          >
            {t.resend}
          </Button>
        </div>
        {resendIn > 0 ? (
          <p className="auth-card__hint" id={resendWaitId}>
            {t.resendIn(resendIn)}
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
