import { extractPage } from '@/lib/extract';

// Injected into a tab only when the user asks for a capture, it reads the page and returns the capture
// as the result of scripting.executeScript (lib/capture-tab.ts). It leaves nothing behind in the page.
export default defineUnlistedScript(() => extractPage(document, location.href, { now: Date.now() }));
