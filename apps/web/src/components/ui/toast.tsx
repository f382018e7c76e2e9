import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useMessages } from '../../i18n';
import { Button } from './button';
import { CheckIcon, CloseIcon, ErrorIcon, InfoIcon } from './icons';
import { uiMessages } from './messages';

export interface ToastInput {
  tone?: 'success' | 'info' | 'danger';
  title: string;
  detail?: string;
}

interface Toast extends Required<Pick<ToastInput, 'tone' | 'title'>> {
  id: number;
  detail?: string;
}

/** Long enough to read two lines; a pointer or focus on the toast holds it. */
export const TOAST_MS = 6_000;
const MAX_TOASTS = 3;

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const icons = { success: <CheckIcon />, info: <InfoIcon />, danger: <ErrorIcon /> };

const ToastItem = ({ toast, onDone }: { toast: Toast; onDone: (id: number) => void }) => {
  const t = useMessages(uiMessages);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const id = setTimeout(() => onDone(toast.id), TOAST_MS);
    return () => clearTimeout(id);
  }, [held, onDone, toast.id]);
  return (
    <li
      className={`toast toast--${toast.tone}`}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {icons[toast.tone]}
      <div className="toast__content">
        <p className="toast__title">{toast.title}</p>
        {toast.detail ? <p className="toast__detail">{toast.detail}</p> : null}
      </div>
      <Button
        variant="ghost"
        iconOnly
        size="sm"
        aria-label={t.close}
        title={t.close}
        onClick={() => onDone(toast.id)}
      >
        <CloseIcon />
      </Button>
    </li>
  );
};

/**
 * Short confirmations after an action whose dialog closes ("Drill recorded"). The region is a
 * polite live region that exists before any toast, so screen readers announce each one; a failure
 * stays in its form as an alert, where the person can correct it, not here.
 */
export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((input: ToastInput) => {
    const toast: Toast = { id: nextId.current++, tone: input.tone ?? 'success', ...input };
    setToasts((current) => [...current, toast].slice(-MAX_TOASTS));
  }, []);
  const done = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.length ? (
          <ol className="toasts__list">
            {toasts.map((toast) => (
              <ToastItem key={toast.id} toast={toast} onDone={done} />
            ))}
          </ol>
        ) : null}
      </div>
    </ToastContext>
  );
};

/** `const toast = useToast(); toast({ title: 'Saved' })`. */
export const useToast = (): ((toast: ToastInput) => void) => {
  const show = use(ToastContext);
  if (!show) throw new Error('useToast needs a ToastProvider above it');
  return show;
};
