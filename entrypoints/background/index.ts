import { onCommand, onMenuClicked, setUpCaptureGestures } from './capture-gestures';
import { setUpSidePanel } from './side-panel';

export default defineBackground(() => {
  setUpSidePanel();
  setUpCaptureGestures();
  // No automation can press a browser's shortcut or click its menus: the end-to-end build lets the tests
  // call the very handlers those gestures call. The release build has no such door (DOSSIER_E2E is false there).
  if (import.meta.env.DOSSIER_E2E) Object.assign(globalThis, { dossierGestures: { onCommand, onMenuClicked } });
});
