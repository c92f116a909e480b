import { readPage } from '@/lib/extract/read-page';

// Injected into a tab only when the user asks for a capture, it reads the page into plain data and
// returns it as the result of scripting.executeScript; the extension makes the capture of it
// (lib/capture/capture-tab.ts). It leaves nothing behind in the page.
export default defineUnlistedScript(() => readPage(document, location.href));
