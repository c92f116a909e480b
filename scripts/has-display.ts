/** Whether a headed browser has a screen to open on: on Linux and the BSDs, an X or Wayland display. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return !!(env.DISPLAY || env.WAYLAND_DISPLAY);
}
