// Every user-visible string of the extension comes from _locales, which has it in English,
// Russian and Italian with the same placeholders; the manifests are what the browsers expect.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const source = process.env.FERRY_EXTENSION_SOURCE ?? path.resolve(import.meta.dirname ?? '.', '../../extension');
const built = process.env.FERRY_EXTENSION_DIR;
const read = (...p) => fs.readFileSync(path.join(...p), 'utf8');
const locale = (lang) => JSON.parse(read(source, '_locales', lang, 'messages.json'));
const placeholders = (text) => (text.match(/\$\d/g) ?? []).sort().join(',');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_locales' ? [] : sourceFiles(p);
    return /\.(js|html|json)$/.test(e.name) ? [p] : [];
  });
}

test('ru and it have every English message, translated, with the same placeholders', () => {
  const en = locale('en');
  for (const lang of ['ru', 'it']) {
    const other = locale(lang);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort(), lang);
    for (const [key, { message }] of Object.entries(en)) {
      assert.equal(placeholders(other[key].message), placeholders(message), `${lang}: ${key}`);
    }
  }
  // Russian is not English with another name.
  const ru = locale('ru');
  // Names, keys and examples are the same in every language.
  const universal = ['extensionName', 'optionsHostsPlaceholder', 'keyAlt', 'keyShift', 'keyCtrl'];
  const same = Object.keys(en).filter((k) => !universal.includes(k) && en[k].message === ru[k].message);
  assert.deepEqual(same, []);
});

test('every key the code and pages use exists, and every message is used', () => {
  const en = locale('en');
  const used = new Set();
  for (const file of sourceFiles(source)) {
    const text = read(file);
    for (const m of text.matchAll(/msg\('([A-Za-z]+)'|__MSG_([A-Za-z]+)__|data-i18n(?:-[a-z]+)?="([A-Za-z]+)"|'((?:reason|options|outcome|popup|renew|links)[A-Z][A-Za-z]+)'/g)) {
      used.add(m[1] ?? m[2] ?? m[3] ?? m[4]);
    }
  }
  for (const key of used) assert.ok(key in en, `missing message ${key}`);
  // Reached through a lookup table rather than literally.
  const indirect = ['outcomeSent', 'outcomeDuplicate', 'outcomeRenewed', 'outcomeKept', 'outcomeAsked', 'outcomeFailed', 'popupSkipNextOn'];
  for (const key of Object.keys(en)) assert.ok(used.has(key) || indirect.includes(key), `unused message ${key}`);
});

test('the built manifests differ only where the browsers do', { skip: !built && 'FERRY_EXTENSION_DIR not set' }, () => {
  const chromium = JSON.parse(read(built, 'chromium', 'manifest.json'));
  const firefox = JSON.parse(read(built, 'firefox', 'manifest.json'));
  assert.equal(chromium.manifest_version, 3);
  assert.deepEqual(chromium.background, { service_worker: 'background.js', type: 'module' });
  assert.deepEqual(firefox.background, { scripts: ['background.js'], type: 'module' });
  assert.equal(firefox.browser_specific_settings.gecko.id, 'browser@ferrydm.net');
  assert.equal(firefox.key, undefined);
  for (const m of [chromium, firefox]) {
    assert.ok(m.permissions.includes('nativeMessaging') && m.permissions.includes('cookies') && m.permissions.includes('downloads'));
    assert.ok(fs.existsSync(path.join(built, m === chromium ? 'chromium' : 'firefox', 'icons', 'ferry-128.png')));
  }
  // The key fixes the Chromium extension id that the host manifests allow.
  const der = Buffer.from(chromium.key, 'base64');
  const id = [...crypto.createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  assert.equal(id, process.env.FERRY_CHROMIUM_ID ?? 'nekogoepfmmdccmigkmflbgkcoakjeog');
});
