import { msg } from './lib/api.js';
import { filterLinks } from './lib/links.js';
import { ask, localize, param } from './lib/page.js';

const $ = (id) => document.getElementById(id);
localize();
const key = param('key');
const answer = await ask({ type: 'links', key });
const links = answer?.ok ? answer.links : [];
const checked = new Set(links.map((l) => l.url));

function render() {
  const shown = filterLinks(links, $('filter').value);
  const list = $('list');
  list.replaceChildren();
  for (const l of shown) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = checked.has(l.url);
    box.dataset.url = l.url;
    box.addEventListener('change', () => { if (box.checked) checked.add(l.url); else checked.delete(l.url); count(); });
    const url = document.createElement('span');
    url.className = 'url';
    url.textContent = l.url;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = l.text;
    const result = document.createElement('span');
    result.className = 'result';
    label.append(box, url, text, result);
    list.append(label);
  }
  count();
}

function selected() {
  const shown = new Set(filterLinks(links, $('filter').value).map((l) => l.url));
  return [...checked].filter((u) => shown.has(u));
}

function count() {
  $('count').textContent = msg('linksCount', [String(selected().length), String(links.length)]);
}

$('filter').addEventListener('input', render);
$('all').addEventListener('click', () => { for (const l of filterLinks(links, $('filter').value)) checked.add(l.url); render(); });
$('none').addEventListener('click', () => { for (const l of filterLinks(links, $('filter').value)) checked.delete(l.url); render(); });
$('download').addEventListener('click', async () => {
  const urls = selected();
  if (urls.length === 0) return;
  $('download').disabled = true;
  $('status').textContent = msg('linksSending');
  const reply = await ask({ type: 'download-links', key, urls });
  let sent = 0;
  for (const r of reply?.results ?? []) {
    const box = document.querySelector(`input[data-url="${CSS.escape(r.url)}"]`);
    const cell = box?.parentElement?.querySelector('.result');
    if (r.ok) sent++;
    if (cell) {
      cell.textContent = r.ok ? msg(r.status === 'duplicate' ? 'outcomeDuplicate' : 'outcomeSent') : r.error;
      cell.className = `result ${r.ok ? 'ok' : 'error'}`;
    }
  }
  $('status').textContent = msg('linksSent', [String(sent), String(urls.length)]);
  $('download').disabled = false;
});
if (!answer?.ok) $('status').textContent = msg('linksGone');
render();
document.body.dataset.ready = 'true';
