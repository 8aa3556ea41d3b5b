import { api, msg } from './lib/api.js';
import { localize } from './lib/page.js';
import { folderProblem, loadSettings, saveSettings } from './lib/settings.js';

const $ = (id) => document.getElementById(id);

function show(s) {
  $('enabled').checked = s.enabled;
  for (const r of document.querySelectorAll('input[name=mode]')) r.checked = r.value === s.mode;
  $('minSizeMiB').value = s.minSizeMiB;
  $('extensions').value = s.extensions;
  $('hosts').value = s.hosts;
  $('skipModifier').value = s.skipModifier;
  $('folder').value = s.folder;
}

function read() {
  return {
    enabled: $('enabled').checked,
    mode: document.querySelector('input[name=mode]:checked')?.value ?? 'all',
    minSizeMiB: Number($('minSizeMiB').value),
    extensions: $('extensions').value,
    hosts: $('hosts').value,
    skipModifier: $('skipModifier').value,
    folder: $('folder').value.trim(),
  };
}

localize();
show(await loadSettings(api.storage));
$('save').addEventListener('click', async () => {
  const wanted = read();
  const problem = folderProblem(wanted.folder);
  const status = $('saved');
  if (problem) {
    status.textContent = msg(problem);
    status.className = 'error';
    return;
  }
  show(await saveSettings(api.storage, wanted));
  status.textContent = msg('optionsSaved');
  status.className = 'ok';
});
