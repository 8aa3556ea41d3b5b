import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  baseName, decide, downloadSize, endsWithExtension, hostMatches, isWebUrl, listWords,
} from '../../extension/lib/capture.js';
import { DEFAULTS, folderProblem, normalize } from '../../extension/lib/settings.js';

const item = (extra = {}) => ({ id: 1, url: 'https://example.com/a/file.iso', state: 'in_progress', filename: 'file.iso', totalBytes: 50 * 1024 * 1024, ...extra });

test('every web download is captured by default', () => {
  assert.deepEqual(decide(item(), DEFAULTS, false), { capture: true, reason: '' });
});

test('what stays with the browser, and why', () => {
  assert.equal(decide(item(), { ...DEFAULTS, enabled: false }, false).reason, 'reasonDisabled');
  assert.equal(decide(item({ url: 'blob:https://example.com/x' }), DEFAULTS, false).reason, 'reasonNotWeb');
  assert.equal(decide(item({ url: 'data:text/plain,hi' }), DEFAULTS, false).reason, 'reasonNotWeb');
  assert.equal(decide(item({ url: 'file:///etc/passwd' }), DEFAULTS, false).reason, 'reasonNotWeb');
  assert.equal(decide(item({ incognito: true }), DEFAULTS, false).reason, 'reasonPrivate');
  assert.equal(decide(item({ state: 'complete' }), DEFAULTS, false).reason, 'reasonNotActive');
  assert.equal(decide(item(), DEFAULTS, true).reason, 'reasonSkipped');
});

test('the final URL after redirects is the one judged', () => {
  assert.equal(decide(item({ url: 'https://example.com/go', finalUrl: 'ftp://example.com/f' }), DEFAULTS, false).capture, false);
  assert.equal(decide(item({ url: 'blob:x', finalUrl: 'https://cdn.example.com/f' }), DEFAULTS, false).capture, true);
});

test('only above a size', () => {
  const s = { ...DEFAULTS, mode: 'size', minSizeMiB: 10 };
  assert.equal(decide(item({ totalBytes: 11 * 1024 * 1024 }), s, false).capture, true);
  assert.equal(decide(item({ totalBytes: 9 * 1024 * 1024 }), s, false).reason, 'reasonTooSmall');
  // An unknown size is not "above" anything.
  assert.equal(decide(item({ totalBytes: -1, fileSize: 0 }), s, false).reason, 'reasonTooSmall');
  assert.equal(downloadSize({ totalBytes: 0, fileSize: 42 }), 42);
});

test('only matching extensions or hosts', () => {
  const s = { ...DEFAULTS, mode: 'match', extensions: 'zip, .tar.gz iso', hosts: 'cdn.example.org *.files.net' };
  assert.equal(decide(item(), s, false).capture, true);
  assert.equal(decide(item({ filename: 'x.tar.gz', url: 'https://a.com/x.tar.gz' }), s, false).capture, true);
  assert.equal(decide(item({ filename: 'x.gz', url: 'https://a.com/x.gz' }), s, false).reason, 'reasonNotMatching');
  assert.equal(decide(item({ filename: 'x.txt', url: 'https://dl.cdn.example.org/x.txt' }), s, false).capture, true);
  assert.equal(decide(item({ filename: 'x.txt', url: 'https://a.files.net/x.txt' }), s, false).capture, true);
  assert.equal(decide(item({ filename: 'x.txt', url: 'https://files.net/x.txt' }), s, false).capture, false);
  assert.equal(decide(item({ filename: 'x.txt', url: 'https://notcdn.example.org.evil.com/x.txt' }), s, false).capture, false);
  // Firefox gives the full target path.
  assert.equal(decide(item({ filename: '/home/me/Downloads/x.zip', url: 'https://a.com/get?id=1' }), s, false).capture, true);
});

test('list words and names', () => {
  assert.deepEqual(listWords(' ZIP, .iso;*.7z  '), ['zip', 'iso', '7z']);
  assert.equal(baseName('C:\\x\\y.zip'), 'y.zip');
  assert.equal(endsWithExtension('a.ZIP', ['zip']), true);
  assert.equal(hostMatches('EXAMPLE.com', ['example.com']), true);
  assert.equal(isWebUrl('http://[::1]:8080/x'), true);
  assert.equal(isWebUrl('javascript:alert(1)'), false);
});

test('settings read back are checked', () => {
  assert.deepEqual(normalize(undefined), DEFAULTS);
  assert.deepEqual(normalize('junk'), DEFAULTS);
  const s = normalize({ enabled: 'yes', mode: 'everything', minSizeMiB: -4, skipModifier: 'meta', folder: 5, hosts: 7 });
  assert.deepEqual(s, DEFAULTS);
  assert.equal(normalize({ folder: '  /home/me/dl ' }).folder, '/home/me/dl');
  assert.equal(normalize({ minSizeMiB: '25' }).minSizeMiB, 25);
  assert.equal(folderProblem(''), null);
  assert.equal(folderProblem('/tmp'), null);
  assert.equal(folderProblem('dl'), 'optionsFolderNotAbsolute');
});
