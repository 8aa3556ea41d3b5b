import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addEntry, entries, HISTORY_SIZE } from '../../extension/lib/history.js';
import { filterLinks, uniqueLinks } from '../../extension/lib/links.js';
import { modifierHeld, Skips } from '../../extension/lib/skips.js';

function memoryArea() {
  const data = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (o) => { Object.assign(data, structuredClone(o)); },
  };
}

test('links: web links once each, without fragments', () => {
  const links = uniqueLinks([
    { url: 'https://a.com/x.iso#top', text: ' X ' }, { url: 'https://a.com/x.iso', text: 'again' },
    { url: 'javascript:void(0)', text: 'js' }, { url: 'mailto:a@b', text: 'm' }, { url: 'http://b.org/y.zip', text: 'Y' },
  ]);
  assert.deepEqual(links, [{ url: 'https://a.com/x.iso', text: 'X' }, { url: 'http://b.org/y.zip', text: 'Y' }]);
});

test('links: the filter', () => {
  const links = uniqueLinks([
    { url: 'https://a.com/x.iso', text: 'Installer' }, { url: 'https://a.com/y.zip', text: 'Sources' },
    { url: 'https://a.com/readme.html', text: 'Read me' },
  ]);
  assert.equal(filterLinks(links, '').length, 3);
  assert.deepEqual(filterLinks(links, '*.iso').map((l) => l.url), ['https://a.com/x.iso']);
  assert.deepEqual(filterLinks(links, '.zip iso').map((l) => l.url), ['https://a.com/x.iso', 'https://a.com/y.zip']);
  assert.deepEqual(filterLinks(links, 'read').map((l) => l.url), ['https://a.com/readme.html']);
  assert.deepEqual(filterLinks(links, 'a.com/?.zip').map((l) => l.url), ['https://a.com/y.zip']);
  // Regular-expression characters are taken literally.
  assert.deepEqual(filterLinks(links, '(x'), []);
});

test('history: newest first, bounded', async () => {
  const storage = { local: memoryArea() };
  let now = 0;
  for (let i = 0; i < HISTORY_SIZE + 5; i++) await addEntry(storage, { name: `f${i}`, outcome: 'sent' }, () => ++now);
  const last = await entries(storage, 3);
  assert.deepEqual(last.map((e) => e.name), [`f${HISTORY_SIZE + 4}`, `f${HISTORY_SIZE + 3}`, `f${HISTORY_SIZE + 2}`]);
  assert.equal((await entries(storage, 100)).length, HISTORY_SIZE);
});

test('skips: the one-shot and a modified click are used up once', async () => {
  let now = 1000;
  const skips = new Skips(memoryArea(), () => now);
  assert.equal(await skips.consume(['https://a.com/f']), false);
  await skips.skipNext();
  assert.equal(await skips.nextSkipped(), true);
  assert.equal(await skips.consume(['https://a.com/f']), true);
  assert.equal(await skips.consume(['https://a.com/f']), false);
  await skips.modifiedClick('https://a.com/g');
  assert.equal(await skips.consume(['https://a.com/other']), false);
  assert.equal(await skips.consume(['https://a.com/go', 'https://a.com/g']), true);
  // A click that started no download is forgotten after a while.
  await skips.modifiedClick('https://a.com/h');
  now += 120_000;
  assert.equal(await skips.consume(['https://a.com/h']), false);
  assert.equal(modifierHeld({ altKey: true }, 'alt'), true);
  assert.equal(modifierHeld({ altKey: true }, 'shift'), false);
  assert.equal(modifierHeld({ altKey: true }, 'none'), false);
});
