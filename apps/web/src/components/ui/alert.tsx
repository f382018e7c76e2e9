import type { ReactNode } from 'react';
import { describeProblem } from '../../lib/problem-text';
import { CheckIcon, ErrorIcon, InfoIcon } from './icons';

export interface AlertProps {
  tone?: 'danger' | 'info' | 'success' | 'warning';
  title: ReactNode;
  children?: ReactNode;
  meta?: ReactNode;
}

const icons = {
  danger: <ErrorIcon />,
  warning: <ErrorIcon />,
  info: <InfoIcon />,
  success: <CheckIcon />,
};

export const Alert = ({ tone = 'info', title, children, meta }: AlertProps) => (
  <div className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
    {icons[tone]}
    <div className="alert__content">
      <p className="alert__title">{title}</p>
      {children ? <div className="alert__detail">{children}</div> : null}
      {meta ? <p className="alert__meta mono">{meta}</p> : null}
    </div>
  </div>
);

export interface ProblemAlertProps {
  error: unknown;
  /** What the person tried, e.g. "Email sign-in"; names the feature when the server lacks it. */
  action?: string;
}

/** An API failure inside a form: the problem's title, its detail, and the status for support. */
export const ProblemAlert = ({ error, action }: ProblemAlertProps) => {
  const text = describeProblem(error, action);
  return (
    <Alert tone="danger" title={text.title} meta={text.reference}>
      {text.detail}
    </Alert>
  );
};
