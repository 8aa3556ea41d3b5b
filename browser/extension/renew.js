import { msg } from './lib/api.js';
import { ask, localize, param } from './lib/page.js';

localize();
const key = param('key');
const info = await ask({ type: 'renew-info', key });
const $ = (id) => document.getElementById(id);
if (!info?.ok) {
  $('question').textContent = msg('renewGone');
  for (const b of document.querySelectorAll('button')) b.disabled = true;
} else {
  const done = Number(info.answer.bytesTransferred) || 0;
  $('question').textContent = msg('renewQuestion', [info.answer.name ?? '', String(info.answer.httpStatus ?? ''), (done / 1048576).toFixed(1)]);
}
for (const choice of ['continue', 'new', 'browser']) {
  $(choice).addEventListener('click', async () => {
    for (const b of document.querySelectorAll('button')) b.disabled = true;
    const answer = await ask({ type: 'renew-choice', key, choice });
    $('result').textContent = answer?.ok ? msg('renewDone') : (answer?.error ?? msg('renewGone'));
    document.body.dataset.done = answer?.ok ? (answer.status ?? 'ok') : 'failed';
    if (answer?.ok) setTimeout(() => window.close(), 1500);
  });
}
document.body.dataset.ready = 'true';
