import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { Button } from './button';
import { pick, useMessages } from '../../i18n';
import { CloseIcon } from './icons';
import { uiMessages } from './messages';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** `drawer` slides in from the right, full height. */
  variant?: 'dialog' | 'drawer';
  size?: 'md' | 'lg';
  /** Escape and a click outside close it (not for a secret that would be lost for good). */
  dismissible?: boolean;
  /** Something is saving: no way to close it until that is over. */
  busy?: boolean;
  children: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the browser traps focus, closes it on Escape, puts it in the
 * top layer and makes the page behind inert. Focus returns to what opened it. The element marked
 * `data-autofocus` gets the focus first, else the first focusable one (the close button).
 */
export const Dialog = ({
  open,
  onClose,
  title,
  description,
  variant = 'dialog',
  size = 'md',
  dismissible = true,
  busy = false,
  children,
}: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const t = useMessages(uiMessages);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs while the dialog is still closed, so a marker chooses focus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [open]);

  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    // Clicks on the content land on its inner wrapper; only the backdrop hits the dialog itself.
    if (event.target === event.currentTarget && dismissible && !busy) onClose();
  };

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${variant} dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible && !busy) onClose();
      }}
      onClick={onBackdropClick}
    >
      <div className="dialog__inner">
        <header className="dialog__header">
          <div>
            <h2 className="dialog__title" id={titleId}>
              {title}
            </h2>
            {description ? (
              <p className="dialog__description" id={descriptionId}>
                {description}
              </p>
            ) : null}
          </div>
          <Button
            variant="ghost"
            iconOnly
            size="sm"
            aria-label={t.close}
            title={t.close}
            onClick={onClose}
            disabled={busy}
          >
            <CloseIcon />
          </Button>
        </header>
        {children}
      </div>
    </dialog>
  );
};

/** The scrolling middle of a dialog. */
export const DialogBody = ({ children }: { children: ReactNode }) => (
  <div className="dialog__body">{children}</div>
);

/** Buttons at the bottom of a dialog, the main action last. */
export const DialogFooter = ({ children }: { children: ReactNode }) => (
  <div className="dialog__footer">{children}</div>
);

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  /** A failure of the confirmed action, shown above the buttons. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure": says what will happen, in words, before an action that cannot be undone. */
export const ConfirmDialog = ({
  open,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) => (
  <Dialog open={open} onClose={onCancel} title={title} busy={pending}>
    <DialogBody>
      <div className="dialog__text">{children}</div>
      {error}
    </DialogBody>
    <DialogFooter>
      {/* A destructive action is never the default: Enter right away must not confirm it. */}
      <Button
        variant="secondary"
        onClick={onCancel}
        disabled={pending}
        data-autofocus={tone === 'danger' || undefined}
      >
        {pick(uiMessages).cancel}
      </Button>
      <Button
        variant={tone}
        onClick={onConfirm}
        loading={pending}
        data-autofocus={tone !== 'danger' || undefined}
      >
        {confirmLabel}
      </Button>
    </DialogFooter>
  </Dialog>
);
