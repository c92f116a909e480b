import { useEffect, useState } from 'react';

/**
 * A stored value that the user just changed: shows the new value at once, until the live query brings
 * it back from the database (or the write fails), so a checkbox does not flicker back for a moment.
 */
export function usePendingValue<T>(stored: T, save: (value: T) => Promise<unknown>): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (pending && Object.is(pending.value, stored)) setPending(null);
  }, [pending, stored]);
  const change = (value: T) => {
    setPending({ value });
    save(value).catch((error: unknown) => {
      console.error('Dossier could not save the change.', error);
      setPending(null);
    });
  };
  return [pending ? pending.value : stored, change];
}
