import { useEffect, useState } from 'react';
import { writeErrorMessage } from '@/lib/db/write-error';

/**
 * A stored value that the user just changed: shows the new value at once, until the live query brings
 * it back from the database (or the write fails, when it flips back and the error says why), so a
 * checkbox does not flicker back for a moment.
 */
export function usePendingValue<T>(stored: T, save: (value: T) => Promise<unknown>): [T, (value: T) => void, string] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (pending && Object.is(pending.value, stored)) setPending(null);
  }, [pending, stored]);
  const change = (value: T) => {
    setPending({ value });
    setError('');
    save(value).catch((failure: unknown) => {
      console.warn('Dossier could not save the change.', failure);
      setError(writeErrorMessage(failure));
      setPending(null);
    });
  };
  return [pending ? pending.value : stored, change, error];
}
