import { extractPage } from '@/lib/extract';

// Injected into a tab only when the user asks for a capture. It defines the extractor in the page's
// isolated world (the page's own scripts cannot see or call it); lib/capture-tab.ts then calls it.
export default defineUnlistedScript(() => {
  Object.assign(globalThis, {
    dossierExtract: (now: number) => extractPage(document, location.href, { now }),
  });
});
