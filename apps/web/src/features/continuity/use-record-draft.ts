import { useState, type FormEvent } from 'react';
import { withoutError, type FieldErrors } from '../../lib/form-errors';
import type { FormResult } from './backup-test-form';

/**
 * The draft behind a "record" dialog (backup test, drill): fields and keyed rows edited in place,
 * a field's error dropped once it is edited, and a submit that validates, sends, then `done`.
 */
export const useRecordDraft = <D extends object, B>({
  empty,
  toBody,
  record,
  done,
}: {
  empty: () => D;
  toBody: (draft: D, now: number) => FormResult<B>;
  record: { mutate: (body: B, options: { onSuccess: () => void }) => void };
  done: () => void;
}) => {
  const [draft, setDraft] = useState<D>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});

  const clear = (...paths: string[]) => setErrors((e) => paths.reduce(withoutError, e));

  const set = <K extends keyof D & string>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    clear(field);
  };

  /** Adds, edits or removes rows of a list field (checks, findings). */
  const updateList = <K extends keyof D>(field: K, change: (rows: D[K]) => D[K]) =>
    setDraft((d) => ({ ...d, [field]: change(d[field]) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toBody(draft, Date.now());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    record.mutate(result.value, { onSuccess: done });
  };

  return { draft, errors, set, clear, updateList, submit };
};
