// Chromium flags for this offline machine: no sandbox as root, and no background networking,
// which would otherwise hammer the closed network (see ../shared/STACK.md).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
