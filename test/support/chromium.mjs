// Debian's Chromium, as every browser run here launches it (never a browser downloaded by npm).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // This machine's network is closed: no background calls to Google's services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A camera, as a person's device has: the gate checks for one before opening the flow.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
