// The browser extension end to end, in Debian's Chromium with a real Ferry engine (issue 17):
// 1. a download that needs the login cookie and the page as referrer ends as a Ferry job with the
//    right bytes; the server saw the cookie, the referrer and the browser's user agent; the
//    browser's own download folder stays empty;
// 2. with the host unreachable the browser keeps the download;
// 3. an expired link is renewed into the existing job, which keeps the bytes it had;
// 4. the link list of "Download all links with Ferry…" hands the links it shows over.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';

import { browserDownloads, configure, EXTENSION_ID, history, launch } from './browser.mjs';
import { FerryHome, until } from './ferry.mjs';
import { Site } from './site.mjs';

let home;
let site;
let browser;

beforeEach(async () => {
  home = new FerryHome();
  site = new Site();
  await site.start();
});

afterEach(async () => {
  await browser?.context.close();
  browser = undefined;
  await site.stop();
  await home.close();
});

function sha256(path) {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

async function logIn(page) {
  await page.goto(`${site.origin}/login`);
  await page.click('#page');
  await page.waitForURL(`${site.origin}/page`);
}

async function job(predicate) {
  return (await home.jobs()).find(predicate);
}

function jobFor(name) {
  return (j) => j.files.some((f) => f.remoteUrl.includes(`/files/${name}`));
}

test('a download that needs the login cookie and the referrer becomes a Ferry job', { timeout: 180_000 }, async () => {
  const expected = site.addFile('data.bin', 3 * 1024 * 1024 + 17);
  site.links = [['dl', '/files/data.bin']];
  browser = await launch(home, { withHost: true });
  await configure(browser.worker, { enabled: true, mode: 'all', folder: home.path('dl') });
  const page = await browser.context.newPage();
  await logIn(page);
  await page.click('#dl');

  const done = await until('the Ferry job to complete', async () => {
    const j = await job(jobFor('data.bin'));
    return j?.state === 'ACKNOWLEDGED' ? j : undefined;
  }, 120_000);
  assert.equal(done.files[0].localPath, home.path('dl', 'data.bin'));
  assert.equal(sha256(home.path('dl', 'data.bin')), expected);

  const browserRequest = site.fileRequests('data.bin', { fromBrowser: true })[0];
  const ferryRequests = site.fileRequests('data.bin', { fromBrowser: false });
  assert.ok(browserRequest, 'the browser asked for the file first');
  assert.ok(ferryRequests.length > 0, 'Ferry fetched the file');
  for (const r of ferryRequests) {
    assert.ok(r.headers.cookie.split(/;\s*/).includes(`sid=${site.session}`), 'the HttpOnly cookie');
    assert.equal(r.headers.referer, `${site.origin}/page`);
    assert.equal(r.headers['user-agent'], browserRequest.headers['user-agent']);
  }

  // The browser's download was cancelled and erased once Ferry had the job.
  await until('the browser to forget its download', async () => (await browserDownloads(browser.worker)).length === 0);
  assert.deepEqual(fs.readdirSync(home.path('browser-dl')), []);
  const [entry] = await history(browser.worker);
  assert.equal(entry.outcome, 'sent');
  assert.equal(entry.job, done.id);
  // The finished job kept none of the browser's headers.
  assert.deepEqual(done.customHeaders, []);
});

test('with the host unreachable the browser keeps the download', { timeout: 180_000 }, async () => {
  const expected = site.addFile('data.bin', 512 * 1024);
  site.links = [['dl', '/files/data.bin']];
  site.browserGetsAll = true;
  browser = await launch(home, { withHost: false });
  await configure(browser.worker, { enabled: true, mode: 'all', folder: home.path('dl') });
  const page = await browser.context.newPage();
  await logIn(page);
  await page.click('#dl');

  const [item] = await until('the browser to finish its download', async () => {
    const items = await browserDownloads(browser.worker);
    return items.length === 1 && items[0].state === 'complete' ? items : undefined;
  }, 120_000);
  assert.equal(item.filename, home.path('browser-dl', 'data.bin'));
  assert.equal(sha256(item.filename), expected);
  const [entry] = await history(browser.worker);
  assert.equal(entry.outcome, 'kept');
  assert.equal(site.fileRequests('data.bin', { fromBrowser: false }).length, 0);
  assert.equal(home.enginePid(), 0, 'no Ferry engine was started');
});

test('an expired link is renewed into the existing job', { timeout: 240_000 }, async () => {
  const expected = site.addFile('renew.bin', 2 * 1024 * 1024);
  site.links = [['old', '/files/renew.bin?token=old'], ['new', '/files/renew.bin?token=new']];
  site.cutFirst.add('old');
  browser = await launch(home, { withHost: true });
  await configure(browser.worker, { enabled: true, mode: 'all', folder: home.path('dl') });
  const page = await browser.context.newPage();
  await logIn(page);

  // The first link: Ferry's transfer breaks half-way, and by the retry the link has expired.
  await page.click('#old');
  const broken = await until('the transfer to break', async () => {
    const j = await job(jobFor('renew.bin'));
    return j?.state === 'TRANSIENT_ERROR' ? j : undefined;
  });
  await home.ctl('resume', broken.id);
  const failed = await until('the job to fail with 403', async () => {
    const j = await job((x) => x.id === broken.id);
    return j?.state === 'ERROR' ? j : undefined;
  });
  assert.equal(failed.error.name, 'BG_E_HTTP_ERROR_403');
  const kept = failed.files[0].bytesTransferred;
  assert.ok(kept > 0, 'part of the file is on disk');

  // The page's fresh link: the extension asks, and the user continues the existing job.
  const asking = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/renew.html'),
    timeout: 60_000,
  });
  await page.click('#new');
  const question = await asking;
  await question.waitForSelector('body[data-ready="true"]');
  assert.match(await question.textContent('#question'), /renew\.bin/);
  await question.click('#continue');

  const done = await until('the renewed job to complete', async () => {
    const j = await job((x) => x.id === broken.id);
    return j?.state === 'ACKNOWLEDGED' ? j : undefined;
  }, 120_000);
  assert.equal(done.files[0].remoteUrl, `${site.origin}/files/renew.bin?token=new`);
  assert.equal(sha256(home.path('dl', 'renew.bin')), expected);
  const renewed = site.fileRequests('renew.bin', { fromBrowser: false }).filter((r) => r.path.endsWith('token=new'));
  assert.ok(renewed.length > 0);
  assert.equal(renewed[0].headers.range, `bytes=${kept}-`, 'the bytes on disk were kept');
  assert.equal((await home.jobs()).filter(jobFor('renew.bin')).length, 1, 'no second job');
  await until('the browser to forget its downloads', async () => (await browserDownloads(browser.worker)).length === 0);
  assert.deepEqual(fs.readdirSync(home.path('browser-dl')), []);
  assert.equal((await history(browser.worker))[0].outcome, 'renewed');
});

test('the link list of "Download all links with Ferry…" hands the chosen links over', { timeout: 180_000 }, async () => {
  const sums = { 'a.bin': site.addFile('a.bin', 200_000), 'b.bin': site.addFile('b.bin', 300_000) };
  site.addFile('notes.txt', 1000);
  site.links = [['a', '/files/a.bin'], ['b', '/files/b.bin'], ['t', '/files/notes.txt']];
  browser = await launch(home, { withHost: true });
  await configure(browser.worker, { enabled: true, mode: 'all', folder: home.path('dl') });
  const page = await browser.context.newPage();
  await logIn(page);
  // What the context menu entry stores before it opens the list (the links of the page, as
  // collectLinksInPage finds them there), then the list page itself.
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => ({ url: a.href, text: a.textContent })));
  await browser.worker.evaluate((entry) => chrome.storage.session.set({ 'links-e2e': entry }),
    { links, referrer: `${site.origin}/page`, storeId: '' });
  const list = await browser.context.newPage();
  await list.goto(`chrome-extension://${EXTENSION_ID}/links.html?key=links-e2e`);
  await list.waitForSelector('body[data-ready="true"]');
  await list.fill('#filter', '*.bin');
  assert.equal(await list.locator('#list input[type=checkbox]').count(), 2);
  await list.click('#download');
  await list.waitForFunction(() => document.querySelectorAll('#list .result.ok').length === 2);

  for (const name of ['a.bin', 'b.bin']) {
    const done = await until(`the job of ${name}`, async () => {
      const j = await job(jobFor(name));
      return j?.state === 'ACKNOWLEDGED' ? j : undefined;
    }, 120_000);
    assert.equal(sha256(done.files[0].localPath), sums[name]);
    for (const r of site.fileRequests(name, { fromBrowser: false })) {
      assert.ok(r.headers.cookie.split(/;\s*/).includes(`sid=${site.session}`));
      assert.equal(r.headers.referer, `${site.origin}/page`);
    }
  }
  assert.equal((await home.jobs()).filter(jobFor('notes.txt')).length, 0, 'the filter left notes.txt out');
});
