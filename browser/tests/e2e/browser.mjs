// Debian's Chromium, headless, with the built extension and a throw-away profile, driven by
// playwright-core (which never downloads a browser: executablePath is the system's).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.FERRY_NODE_DIR, 'package.json'));
const { chromium } = require('playwright-core');

export const EXTENSION_ID = 'nekogoepfmmdccmigkmflbgkcoakjeog';

// withHost: register ferry-browser-host for the profile (NativeMessagingHosts/ in the user data
// folder, where Chromium looks first); without it the host is unreachable.
export async function launch(home, { withHost, lang = 'en' }) {
  const profile = home.path('profile');
  const extension = path.join(process.env.FERRY_EXTENSION_DIR, 'chromium');
  if (withHost) {
    fs.mkdirSync(path.join(profile, 'NativeMessagingHosts'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'NativeMessagingHosts', 'net.ferrydm.ferry.json'), JSON.stringify({
      name: 'net.ferrydm.ferry',
      description: 'Ferry (test)',
      path: process.env.FERRY_HOST,
      type: 'stdio',
      allowed_origins: [`chrome-extension://${EXTENSION_ID}/`],
    }));
  }
  // The browser's own download folder, which must stay empty when Ferry takes a download.
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
    download: { default_directory: home.path('browser-dl'), prompt_for_download: false, directory_upgrade: true },
    savefile: { default_directory: home.path('browser-dl') },
  }));
  const args = [
    '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-default-apps', '--no-default-browser-check', `--lang=${lang}`,
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.FERRY_CHROMIUM,
    headless: false, // --headless=new above: the old headless mode runs no extensions
    args,
    env: home.env(),
    acceptDownloads: true,
    timeout: 60_000,
  });
  // Playwright takes over downloads; give them back to the browser, or the extension never sees
  // them.
  const cdp = await context.browser().newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`))
    ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { context, worker };
}

// The extension's settings (what its options page saves).
export async function configure(worker, settings) {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export async function history(worker) {
  return worker.evaluate(async () => (await chrome.storage.local.get('history')).history ?? []);
}

export async function browserDownloads(worker) {
  return worker.evaluate(() => chrome.downloads.search({}));
}
