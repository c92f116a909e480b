import { useCallback, useState } from 'react';
import { writeErrorMessage } from '@/lib/db/write-error';

/**
 * Runs a write to the database and keeps what went wrong as a sentence for the view to show beside the
 * control: a failed write never passes in silence, and the view (with what the user typed) stays.
 */
export function useWrite(): {
  error: string;
  run: (outcome: string, write: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
} {
  const [error, setError] = useState('');
  const run = useCallback(async (outcome: string, write: () => Promise<unknown>) => {
    try {
      await write();
      setError('');
      return true;
    } catch (failure) {
      console.warn(`Dossier: ${outcome.toLowerCase()}.`, failure);
      setError(writeErrorMessage(failure, outcome));
      return false;
    }
  }, []);
  const clear = useCallback(() => setError(''), []);
  return { error, run, clear };
}
