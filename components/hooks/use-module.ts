import { useEffect, useState } from 'react';

/**
 * A module loaded on first use, so the story bank, its coaching and the matcher stay out of the panel's
 * first load. Unlike React.lazy it needs no Suspense, which would hold back the reveal of the view.
 * `load` must be a stable function (declared at module level).
 */
export function useModule<T>(load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  useEffect(() => {
    let live = true;
    load().then((module) => {
      if (live) setLoaded(() => module);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}
