import { defineWebExtConfig } from 'wxt';

// `wxt` (dev) would otherwise try to open a browser, which fails on a machine with no display.
export default defineWebExtConfig({ disabled: !process.env.DISPLAY });
