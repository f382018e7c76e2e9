import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from './button';
import { useMessages } from '../../i18n';
import { CheckIcon, CopyIcon } from './icons';
import { uiMessages } from './messages';

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The text to copy. */
  text: string;
  label?: string;
  /** Selects the text by hand when the clipboard is refused (plain http, a policy, an old browser). */
  onFallback?: () => void;
}

/** Copies to the clipboard and says so; when it cannot, says what to do instead. */
export const CopyButton = ({
  text,
  label,
  onFallback,
  variant = 'secondary',
  ...props
}: CopyButtonProps) => {
  const [state, setState] = useState<CopyState>('idle');
  const t = useMessages(uiMessages);

  useEffect(() => {
    if (state !== 'copied') return;
    const id = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(id);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      onFallback?.();
    }
  };

  return (
    <span className="copy-button">
      <Button
        variant={variant}
        icon={state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        onClick={() => void copy()}
        {...props}
      >
        {state === 'copied' ? t.copied : (label ?? t.copy)}
      </Button>
      <span className="copy-button__status" role="status">
        {state === 'failed' ? t.copyRefused : state === 'copied' ? t.copiedStatus : ''}
      </span>
    </span>
  );
};
