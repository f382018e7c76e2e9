import type { ReactNode } from 'react';
import { describeProblem } from '../../lib/problem-text';
import { Button } from './button';
import { useMessages } from '../../i18n';
import { ErrorIcon } from './icons';
import { uiMessages } from './messages';

export interface ErrorStateProps {
  error: unknown;
  /** Overrides the title derived from the error. */
  title?: string;
  onRetry?: () => void;
  retryLabel?: string;
  actions?: ReactNode;
}

/** A failed load, said plainly, with the server's detail and a way to try again. */
export const ErrorState = ({ error, title, onRetry, retryLabel, actions }: ErrorStateProps) => {
  const text = describeProblem(error);
  const t = useMessages(uiMessages);
  return (
    <div className="error-state" role="alert">
      <div className="error-state__icon" aria-hidden="true">
        <ErrorIcon size="lg" />
      </div>
      <h2 className="error-state__title">{title ?? text.title}</h2>
      {text.detail ? <p className="error-state__detail">{text.detail}</p> : null}
      {text.reference ? <p className="error-state__meta mono">{text.reference}</p> : null}
      {onRetry || actions ? (
        <div className="error-state__actions">
          {onRetry ? (
            <Button variant="primary" onClick={onRetry}>
              {retryLabel ?? t.tryAgain}
            </Button>
          ) : null}
          {actions}
        </div>
      ) : null}
    </div>
  );
};
