// "Download all links with Ferry…": the links of a selection or a page, and the user's filter.

import { isWebUrl } from './capture.js';

export const MAX_LINKS = 2000;

export function uniqueLinks(links) {
  const seen = new Set();
  const out = [];
  for (const l of links ?? []) {
    const url = typeof l?.url === 'string' ? l.url.split('#')[0] : '';
    if (!isWebUrl(url) || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text: String(l.text ?? '').trim().slice(0, 200) });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

function wildcard(word) {
  const escaped = word.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(escaped, 'i');
}

// Words of the filter, any of which a link must match: "*.iso" (a wildcard on the URL), ".zip"
// or "zip" (the file's extension), or any other text found in the URL or the link's text.
export function filterLinks(links, filterText) {
  const words = String(filterText ?? '').split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return links;
  const tests = words.map((w) => {
    if (w.includes('*') || w.includes('?')) {
      const re = wildcard(w);
      return (l) => re.test(new URL(l.url).pathname) || re.test(l.url);
    }
    const ext = w.replace(/^\./, '').toLowerCase();
    return (l) => {
      const path = new URL(l.url).pathname.toLowerCase();
      return path.endsWith('.' + ext) || l.url.toLowerCase().includes(w.toLowerCase())
        || l.text.toLowerCase().includes(w.toLowerCase());
    };
  });
  return links.filter((l) => tests.some((t) => t(l)));
}

// Runs in the page (scripting.executeScript): the links of the selection when there is one,
// else of the whole document. Must not use anything from this module's scope.
export function collectLinksInPage() {
  const selection = globalThis.getSelection?.();
  let anchors = [];
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    for (let i = 0; i < selection.rangeCount; i++) {
      const range = selection.getRangeAt(i);
      const root = range.commonAncestorContainer;
      const scope = root.nodeType === 1 ? root : root.parentElement;
      for (const a of scope?.querySelectorAll?.('a[href]') ?? []) {
        if (range.intersectsNode(a)) anchors.push(a);
      }
      const own = scope?.closest?.('a[href]');
      if (own) anchors.push(own);
    }
  } else {
    anchors = [...document.querySelectorAll('a[href]')];
  }
  return anchors.map((a) => ({ url: a.href, text: a.textContent }));
}
