import { useState, type InputHTMLAttributes } from 'react';

export type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> & {
  /** The accessible name, e.g. "Enabled: Mass export"; shown when `showLabel`. */
  label: string;
  showLabel?: boolean;
  busy?: boolean;
};

/** An on/off toggle that takes effect at once (a checkbox with the switch role). */
export const Switch = ({ label, showLabel = false, busy, className, ...props }: SwitchProps) => (
  <label className={['switch', className ?? ''].join(' ').trim()} aria-busy={busy || undefined}>
    <input type="checkbox" role="switch" {...props} />
    <span className="switch__track" aria-hidden="true">
      <span className="switch__thumb" />
    </span>
    <span className={showLabel ? 'switch__label' : 'visually-hidden'}>{label}</span>
  </label>
);

export interface SavingSwitchProps {
  label: string;
  checked: boolean;
  /** Saves the new value; the switch shows it until this settles, then follows `checked`. */
  onToggle: (next: boolean) => Promise<unknown>;
}

/**
 * A switch whose change is saved to the server: it flips at once (a controlled checkbox would
 * otherwise spring back until the new value arrives) and goes back if the save fails.
 */
export const SavingSwitch = ({ label, checked, onToggle }: SavingSwitchProps) => {
  const [saving, setSaving] = useState<boolean | null>(null);
  return (
    <Switch
      label={label}
      checked={saving ?? checked}
      busy={saving !== null}
      onChange={(event) => {
        const next = event.target.checked;
        setSaving(next);
        // A failure is shown by the caller (the mutation's error); here it only ends the wait.
        void onToggle(next)
          .catch(() => undefined)
          .finally(() => setSaving(null));
      }}
    />
  );
};
