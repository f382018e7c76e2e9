import { useId, useState } from 'react';
import { ErrorIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { Markdown } from './markdown';
import { runbookMessages } from './messages';

export interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
}

/** Markdown with a Write / Preview switch: the preview is exactly what a run will show. */
export const MarkdownField = ({
  label,
  value,
  onChange,
  hint,
  error,
  rows = 6,
  maxLength,
  placeholder,
}: MarkdownFieldProps) => {
  const t = useMessages(runbookMessages).markdown;
  const id = useId();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field markdown-field">
      <div className="markdown-field__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <div className="markdown-field__modes" role="group" aria-label={t.modes(label)}>
          {(['write', 'preview'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="markdown-field__mode"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {t[m]}
            </button>
          ))}
        </div>
      </div>
      {mode === 'write' ? (
        <textarea
          id={id}
          rows={rows}
          className="input textarea markdown-field__input"
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <div
          className="markdown-field__preview"
          id={id}
          tabIndex={0}
          aria-label={t.previewOf(label)}
        >
          {value.trim() ? <Markdown text={value} /> : <p className="muted">{t.empty}</p>}
        </div>
      )}
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
