// Ferry's background: takes over downloads the browser starts, serves the context menu, the
// popup, the options page and the pages that ask about renewals and link lists. The browser's
// own download is cancelled and erased only after Ferry accepted the job; whenever Ferry cannot
// be reached or refuses, the browser keeps the download (it is resumed if it was paused).

import { api, msg } from './lib/api.js';
import { baseName, decide, downloadUrl, isWebUrl } from './lib/capture.js';
import { cookiesFor, downloadMessage, ferryHasIt, messageForItem } from './lib/handoff.js';
import { addEntry, entries } from './lib/history.js';
import { collectLinksInPage, uniqueLinks } from './lib/links.js';
import { NativeClient } from './lib/native.js';
import { loadSettings } from './lib/settings.js';
import { modifierHeld, Skips } from './lib/skips.js';

const native = new NativeClient(api.runtime);
const session = api.storage.session ?? api.storage.local;
const skips = new Skips(session);
const seen = new Set(); // downloads already considered (an event may come twice)
const userAgent = globalThis.navigator?.userAgent ?? '';

function outcomeOf(answer) {
  return { created: 'sent', duplicate: 'duplicate', renewed: 'renewed' }[answer.status] ?? 'sent';
}

async function record(name, url, outcome, detail = '', job = '') {
  await addEntry(api.storage, { name, url, outcome, detail, job });
}

async function dropBrowserCopy(id) {
  try { await api.downloads.cancel(id); } catch { /* it may have ended meanwhile */ }
  try { await api.downloads.erase({ id }); } catch { /* nothing to erase */ }
}

async function leaveToBrowser(item, why) {
  try { await api.downloads.resume(item.id); } catch { /* it was not paused */ }
  await record(baseName(item.filename) || downloadUrl(item), downloadUrl(item), 'kept', why);
}

function token() {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function askRenewal(item, message, answer) {
  const key = `renew-${token()}`;
  await session.set({ [key]: { downloadId: item.id, message, answer } });
  await record(answer.name ?? message.filename ?? '', message.url, 'asked', '', answer.job);
  const url = api.runtime.getURL(`renew.html?key=${encodeURIComponent(key)}`);
  try {
    await api.windows.create({ url, type: 'popup', width: 520, height: 320 });
  } catch {
    await api.tabs.create({ url });
  }
}

// Sends a browser download's hand-off and acts on the answer.
async function handOver(item, message) {
  let answer;
  try {
    answer = await native.request(message);
  } catch (e) {
    await leaveToBrowser(item, e.message);
    return { ok: false, error: e.message };
  }
  if (ferryHasIt(answer)) {
    await dropBrowserCopy(item.id);
    await record(answer.name || message.filename || message.url, message.url, outcomeOf(answer), '', answer.job);
    return answer;
  }
  if (answer.status === 'renewable') {
    await askRenewal(item, message, answer);
    return answer;
  }
  await leaveToBrowser(item, msg('unexpectedAnswer'));
  return answer;
}

async function consider(item) {
  if (seen.has(item.id) || item.byExtensionId === api.runtime.id) return;
  seen.add(item.id);
  try {
    await takeOver(item);
  } catch (e) {
    // Whatever went wrong, the browser keeps its download.
    await leaveToBrowser(item, String(e?.message ?? e));
  }
}

async function takeOver(item) {
  const settings = await loadSettings(api.storage);
  if (!decide(item, settings, false).capture) return;
  if (await skips.consume([item.url, item.finalUrl].filter(Boolean))) {
    await record(baseName(item.filename) || downloadUrl(item), downloadUrl(item), 'kept', msg('reasonSkipped'));
    return;
  }
  // Held while Ferry answers; resumed if Ferry does not take it.
  try { await api.downloads.pause(item.id); } catch { /* not pausable: it goes on meanwhile */ }
  const url = downloadUrl(item);
  const cookies = await cookiesFor(api.cookies, url, item.cookieStoreId);
  await handOver(item, messageForItem(item, { cookies, userAgent, folder: settings.folder }));
}

// Chromium knows the suggested name and the size once it determines the file name; Firefox
// creates the download only when it knows them.
if (api.downloads.onDeterminingFilename) {
  api.downloads.onDeterminingFilename.addListener((item, suggest) => {
    suggest();
    consider(item);
  });
} else {
  api.downloads.onCreated.addListener((item) => { consider(item); });
}

// -- links handed over without a browser download (context menu, link list) --------------------

async function sendLink(url, referrer, storeId, folder) {
  const cookies = await cookiesFor(api.cookies, url, storeId);
  const message = downloadMessage({ url, referrer, userAgent, cookies, filename: '', folder });
  try {
    const answer = await native.request(message);
    await record(answer.name || url, url, outcomeOf(answer), '', answer.job);
    return { url, ok: true, status: answer.status, job: answer.job };
  } catch (e) {
    await record(url, url, 'failed', e.message);
    return { url, ok: false, error: e.message };
  }
}

async function createMenus() {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: 'ferry-link', title: msg('menuDownloadLink'), contexts: ['link'] });
  api.contextMenus.create({ id: 'ferry-all', title: msg('menuDownloadAll'), contexts: ['page', 'selection'] });
}
api.runtime.onInstalled.addListener(createMenus);

api.contextMenus.onClicked.addListener(async (info, tab) => {
  const settings = await loadSettings(api.storage);
  const referrer = info.frameUrl || info.pageUrl || '';
  if (info.menuItemId === 'ferry-link') {
    if (isWebUrl(info.linkUrl)) await sendLink(info.linkUrl, referrer, tab?.cookieStoreId, settings.folder);
    return;
  }
  if (info.menuItemId !== 'ferry-all' || !tab?.id) return;
  let links = [];
  try {
    const results = await api.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: collectLinksInPage,
    });
    links = uniqueLinks(results?.[0]?.result);
  } catch {
    links = [];
  }
  const key = `links-${token()}`;
  await session.set({ [key]: { links, referrer, storeId: tab.cookieStoreId ?? '' } });
  await api.tabs.create({ url: api.runtime.getURL(`links.html?key=${encodeURIComponent(key)}`) });
});

// -- messages from our pages and the content script --------------------------------------------

function fromOwnPage(sender) {
  return sender?.id === api.runtime.id && String(sender.url ?? '').startsWith(api.runtime.getURL(''));
}

async function status() {
  const [history, skipNext] = await Promise.all([entries(api.storage, 5), skips.nextSkipped()]);
  try {
    const answer = await native.request({ type: 'hello' });
    return { connected: true, host: answer.host, engine: answer.engine, history, skipNext };
  } catch (e) {
    return { connected: false, error: e.message, history, skipNext };
  }
}

async function renewChoice(key, choice) {
  if (typeof key !== 'string' || !key.startsWith('renew-')) return { ok: false };
  const { [key]: pending } = await session.get(key);
  if (!pending) return { ok: false };
  await session.remove(key);
  const item = { id: pending.downloadId, url: pending.message.url, filename: pending.message.filename };
  if (choice === 'continue') return handOver(item, { ...pending.message, renew: pending.answer.job });
  if (choice === 'new') return handOver(item, { ...pending.message, renew: '' });
  await leaveToBrowser(item, msg('reasonSkipped'));
  return { ok: true, status: 'kept' };
}

async function downloadLinks(key, urls) {
  if (typeof key !== 'string' || !key.startsWith('links-') || !Array.isArray(urls)) return { ok: false };
  const { [key]: list } = await session.get(key);
  if (!list) return { ok: false };
  const allowed = new Set(list.links.map((l) => l.url));
  const settings = await loadSettings(api.storage);
  const results = [];
  for (const url of urls) {
    if (allowed.has(url)) results.push(await sendLink(url, list.referrer, list.storeId || undefined, settings.folder));
  }
  return { ok: true, results };
}

async function onMessage(message, sender) {
  if (!message || typeof message !== 'object') return { ok: false };
  if (message.type === 'modified-click') {
    const settings = await loadSettings(api.storage);
    if (typeof message.url === 'string' && modifierHeld(message, settings.skipModifier)) await skips.modifiedClick(message.url);
    return { ok: true };
  }
  if (!fromOwnPage(sender)) return { ok: false };
  switch (message.type) {
    case 'status': return status();
    case 'skip-next': await skips.skipNext(message.on === true); return { ok: true };
    case 'renew-info': {
      if (typeof message.key !== 'string' || !message.key.startsWith('renew-')) return { ok: false };
      const { [message.key]: pending } = await session.get(message.key);
      return pending ? { ok: true, answer: pending.answer, url: pending.message.url } : { ok: false };
    }
    case 'renew-choice': return renewChoice(message.key, message.choice);
    case 'links': {
      if (typeof message.key !== 'string' || !message.key.startsWith('links-')) return { ok: false };
      const { [message.key]: list } = await session.get(message.key);
      return list ? { ok: true, links: list.links } : { ok: false };
    }
    case 'download-links': return downloadLinks(message.key, message.urls);
    default: return { ok: false };
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  onMessage(message, sender).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
  return true;
});
