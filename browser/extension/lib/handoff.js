// What the host needs to fetch the same file the browser would: the final URL, the referrer, the
// browser's user agent, the cookies for that URL (HttpOnly ones too: the cookies API sees them),
// the suggested name and, when known, the size. Pure functions over what the APIs returned.

import { baseName, downloadSize, downloadUrl } from './capture.js';

export function cookiePairs(cookies) {
  return (cookies ?? [])
    .filter((c) => c && typeof c.name === 'string' && typeof c.value === 'string')
    .map((c) => ({ name: c.name, value: c.value }));
}

export function downloadMessage({ url, referrer, userAgent, cookies, filename, size, folder, renew }) {
  const m = { type: 'download', url };
  if (referrer) m.referrer = referrer;
  if (userAgent) m.userAgent = userAgent;
  const pairs = cookiePairs(cookies);
  if (pairs.length) m.cookies = pairs;
  const name = baseName(filename);
  if (name) m.filename = name;
  if (Number.isSafeInteger(size) && size > 0) m.size = size;
  if (folder) m.folder = folder;
  if (renew !== undefined) m.renew = renew;
  return m;
}

// The message for a download the browser started.
export function messageForItem(item, { cookies, userAgent, folder }) {
  return downloadMessage({
    url: downloadUrl(item),
    referrer: item.referrer,
    userAgent,
    cookies,
    filename: item.filename,
    size: downloadSize(item),
    folder,
  });
}

// Reads the cookie store for a URL; an empty list when the browser refuses (then the server
// decides whether it needs them).
export async function cookiesFor(cookiesApi, url, storeId) {
  try {
    const query = storeId ? { url, storeId } : { url };
    return await cookiesApi.getAll(query);
  } catch {
    return [];
  }
}

// Whether an answer means Ferry has the file now, so the browser's own download may go.
export function ferryHasIt(answer) {
  return answer?.ok === true && ['created', 'duplicate', 'renewed'].includes(answer.status);
}
