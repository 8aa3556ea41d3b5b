// node browser/tests/screenshots.mjs OUT_DIR — the extension's options page and toolbar popup in
// English, Russian and Italian (docs/screenshots/browser-options-LANG.png, browser-popup-LANG.png),
// taken in Debian's Chromium with the built extension and the host registered, as in the
// end-to-end tests. Environment as for browser_e2e (FERRY_NODE_DIR, FERRY_EXTENSION_DIR,
// FERRY_HOST, FERRY_CTL; FERRY_CHROMIUM defaults to /usr/bin/chromium).
import path from 'node:path';

import { configure, EXTENSION_ID, launch } from './e2e/browser.mjs';
import { FerryHome } from './e2e/ferry.mjs';

process.env.FERRY_CHROMIUM ??= '/usr/bin/chromium';
const out = path.resolve(process.argv[2] ?? 'docs/screenshots');
const now = Date.now();
const history = [
  { time: now - 60_000, name: 'debian-13.2.0-amd64-netinst.iso', url: 'https://cdimage.debian.org/', outcome: 'sent', detail: '', job: '' },
  { time: now - 300_000, name: 'dataset-2026.tar.zst', url: 'https://files.example.org/', outcome: 'renewed', detail: '', job: '' },
  { time: now - 900_000, name: 'report.pdf', url: 'https://example.org/report.pdf', outcome: 'kept', detail: '', job: '' },
];
history[2].detail = '';

for (const lang of ['en', 'ru', 'it']) {
  const home = new FerryHome();
  process.env.LANGUAGE = lang;
  const browser = await launch(home, { withHost: true, lang });
  await configure(browser.worker, { enabled: true, mode: 'size', minSizeMiB: 10, folder: '/home/me/Downloads' });
  const kept = { en: 'you kept it in the browser', ru: 'вы оставили её браузеру', it: "l'hai lasciato al browser" }[lang];
  await browser.worker.evaluate((h) => chrome.storage.local.set({ history: h }), history.map((e) => (e.outcome === 'kept' ? { ...e, detail: kept } : e)));

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 720, height: 640 });
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.waitForSelector('#folder');
  await options.screenshot({ path: path.join(out, `browser-options-${lang}.png`), fullPage: true });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 364, height: 420 });
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.screenshot({ path: path.join(out, `browser-popup-${lang}.png`), fullPage: true });

  await browser.context.close();
  await home.close();
  console.log(`screenshots: ${lang} done`);
}
