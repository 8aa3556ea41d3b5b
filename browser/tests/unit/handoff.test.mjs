import assert from 'node:assert/strict';
import { test } from 'node:test';

import { cookiePairs, cookiesFor, downloadMessage, ferryHasIt, messageForItem } from '../../extension/lib/handoff.js';

test('a browser download becomes the documented message', () => {
  const m = messageForItem(
    { url: 'https://a.com/go', finalUrl: 'https://cdn.a.com/f%20x.iso', referrer: 'https://a.com/page', filename: '/home/me/Downloads/f x.iso', totalBytes: 1234 },
    { cookies: [{ name: 'sid', value: 'v', httpOnly: true, domain: 'a.com' }], userAgent: 'UA/1', folder: '/dl' },
  );
  assert.deepEqual(m, {
    type: 'download', url: 'https://cdn.a.com/f%20x.iso', referrer: 'https://a.com/page', userAgent: 'UA/1',
    cookies: [{ name: 'sid', value: 'v' }], filename: 'f x.iso', size: 1234, folder: '/dl',
  });
});

test('what is unknown is left out', () => {
  assert.deepEqual(downloadMessage({ url: 'https://a.com/f', filename: '', size: -1, cookies: [] }), { type: 'download', url: 'https://a.com/f' });
  assert.deepEqual(downloadMessage({ url: 'https://a.com/f', renew: '' }), { type: 'download', url: 'https://a.com/f', renew: '' });
  assert.deepEqual(cookiePairs([null, { name: 1, value: 'x' }, { name: 'a', value: 'b', extra: 1 }]), [{ name: 'a', value: 'b' }]);
});

test('the cookie store is asked for the URL, and a refusal means no cookies', async () => {
  const asked = [];
  const api = { getAll: async (q) => { asked.push(q); return [{ name: 'a', value: 'b' }]; } };
  assert.deepEqual(await cookiesFor(api, 'https://a.com/f', undefined), [{ name: 'a', value: 'b' }]);
  assert.deepEqual(await cookiesFor(api, 'https://a.com/f', 'firefox-private'), [{ name: 'a', value: 'b' }]);
  assert.deepEqual(asked, [{ url: 'https://a.com/f' }, { url: 'https://a.com/f', storeId: 'firefox-private' }]);
  assert.deepEqual(await cookiesFor({ getAll: async () => { throw new Error('no'); } }, 'https://a.com/', undefined), []);
});

test('only an accepted job lets the browser drop its download', () => {
  assert.equal(ferryHasIt({ ok: true, status: 'created' }), true);
  assert.equal(ferryHasIt({ ok: true, status: 'duplicate' }), true);
  assert.equal(ferryHasIt({ ok: true, status: 'renewed' }), true);
  assert.equal(ferryHasIt({ ok: true, status: 'renewable' }), false);
  assert.equal(ferryHasIt({ ok: false, status: 'created' }), false);
  assert.equal(ferryHasIt(undefined), false);
});
