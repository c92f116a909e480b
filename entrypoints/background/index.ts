import { setUpCaptureGestures } from './capture-gestures';
import { setUpSidePanel } from './side-panel';

export default defineBackground(() => {
  setUpSidePanel();
  setUpCaptureGestures();
});
