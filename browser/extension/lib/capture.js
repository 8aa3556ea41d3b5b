// Which downloads the browser starts go to Ferry: a pure decision over the download, the settings
// and whether the user asked to skip this one. Anything Ferry could not fetch the same way (blob:,
// data:, file: URLs, private windows) stays with the browser.

// "zip, .iso  tar.gz" → ['zip', 'iso', 'tar.gz']
export function listWords(text) {
  return String(text ?? '')
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^\*?\.+/, ''))
    .filter((w) => w.length > 0);
}

// "example.com, *.cdn.net" → ['example.com', '*.cdn.net']
export function hostWords(text) {
  return String(text ?? '').toLowerCase().split(/[\s,;]+/).filter((w) => w.length > 0);
}

// The file's name from the browser's path (Firefox gives the full target path).
export function baseName(path) {
  return String(path ?? '').split(/[\\/]/).pop();
}

// "archive.tar.gz" ends with "gz" and with "tar.gz".
export function endsWithExtension(name, extensions) {
  const lower = baseName(name).toLowerCase();
  return extensions.some((ext) => lower.endsWith('.' + ext));
}

// "example.com" matches example.com and its subdomains; "*.example.com" only the subdomains.
export function hostMatches(host, patterns) {
  const h = String(host ?? '').toLowerCase();
  return patterns.some((p) => {
    if (p.startsWith('*.')) return h.endsWith(p.slice(1));
    return h === p || h.endsWith('.' + p);
  });
}

export function isWebUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

// The URL the browser fetches the file from (after redirects).
export function downloadUrl(item) {
  return item.finalUrl || item.url;
}

// The size the page or server gave, -1 when unknown.
export function downloadSize(item) {
  for (const v of [item.totalBytes, item.fileSize]) {
    if (Number.isSafeInteger(v) && v > 0) return v;
  }
  return -1;
}

// { capture: boolean, reason: string } — the reason names a _locales message.
export function decide(item, settings, skipRequested) {
  if (!settings.enabled) return { capture: false, reason: 'reasonDisabled' };
  if (item.state && item.state !== 'in_progress') return { capture: false, reason: 'reasonNotActive' };
  const url = downloadUrl(item);
  if (!isWebUrl(url)) return { capture: false, reason: 'reasonNotWeb' };
  if (item.incognito) return { capture: false, reason: 'reasonPrivate' };
  if (skipRequested) return { capture: false, reason: 'reasonSkipped' };
  if (settings.mode === 'size') {
    const size = downloadSize(item);
    if (size < 0 || size < settings.minSizeMiB * 1024 * 1024) return { capture: false, reason: 'reasonTooSmall' };
  } else if (settings.mode === 'match') {
    const name = item.filename || new URL(url).pathname;
    const byExtension = endsWithExtension(name, listWords(settings.extensions));
    const byHost = hostMatches(new URL(url).hostname, hostWords(settings.hosts));
    if (!byExtension && !byHost) return { capture: false, reason: 'reasonNotMatching' };
  }
  return { capture: true, reason: '' };
}
