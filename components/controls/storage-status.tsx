import { useEffect, useState } from 'react';
import { formatBytes, readStorageState, requestPersistentStorage, type StorageState } from '@/lib/db/storage';

/**
 * Says whether the browser may clear Dossier's data to free space, and how much it uses. On first show
 * it asks for persistent storage; where the browser may still clear it, the user can ask again.
 */
export function StorageStatus() {
  const [state, setState] = useState<StorageState | undefined>();
  useEffect(() => {
    void requestPersistentStorage().then(readStorageState).then(setState);
  }, []);
  if (!state) return null;
  const used = state.usage !== undefined ? ` ${formatBytes(state.usage)} used.` : '';
  return (
    <div className="storage-status hint">
      <p>
        {state.kept
          ? `Kept safely in this browser: it does not clear Dossier's data to free space.${used}`
          : `This browser may clear Dossier's data when the disk runs short.${used}`}
      </p>
      {!state.kept && (
        <button
          type="button"
          className="subtle"
          onClick={() => void requestPersistentStorage().then(readStorageState).then(setState)}
        >
          Keep it safe
        </button>
      )}
    </div>
  );
}
