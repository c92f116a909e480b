/**
 * The panel page's localStorage, where unsaved drafts are kept: written synchronously, so a draft
 * written as the panel closes is really kept. Undefined where the browser has storage switched off:
 * the forms still work, a closed panel just forgets what was typed.
 */
export function panelStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
