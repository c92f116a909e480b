import { buildExtension } from '@/scripts/build-extension';
import { findBrowser } from '@/scripts/find-browser';

export default function setup() {
  findBrowser(); // fails first, with what to install, when there is no browser
  buildExtension('chrome');
  buildExtension('firefox');
  buildExtension('chrome', { e2e: true });
}
