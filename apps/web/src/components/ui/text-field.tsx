import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { ErrorIcon } from './icons';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string;
  inputClassName?: string;
  /** Keeps the label for screen readers only, in dense filter bars. */
  hideLabel?: boolean;
  ref?: Ref<HTMLInputElement>;
};

export const TextField = ({
  label,
  hint,
  error,
  inputClassName,
  hideLabel,
  ref,
  ...props
}: TextFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className={['input', inputClassName ?? ''].join(' ').trim()}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...props}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <ErrorIcon />
          {error}
        </p>
      ) : null}
    </div>
  );
};
