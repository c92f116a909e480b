import { setUpCaptureGestures } from '@/lib/background/capture-gestures';
import { setUpMessages } from '@/lib/background/messages';
import { setUpSidePanel } from '@/lib/background/side-panel';

export default defineBackground(() => {
  setUpSidePanel();
  setUpMessages();
  setUpCaptureGestures();
});
