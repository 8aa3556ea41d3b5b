import { api, msg } from './lib/api.js';
import { ask, localize } from './lib/page.js';
import { loadSettings, saveSettings } from './lib/settings.js';

const $ = (id) => document.getElementById(id);
const OUTCOMES = {
  sent: 'outcomeSent', duplicate: 'outcomeDuplicate', renewed: 'outcomeRenewed',
  kept: 'outcomeKept', asked: 'outcomeAsked', failed: 'outcomeFailed',
};

function showState(s) {
  const state = $('state');
  if (!s.connected) {
    state.textContent = msg('popupNotConnected', [s.error ?? '']);
    state.className = 'error';
  } else if (s.engine?.running) {
    state.textContent = msg('popupConnected', [s.host ?? '']);
    state.className = 'ok';
  } else {
    state.textContent = msg('popupConnectedIdle', [s.host ?? '']);
    state.className = 'ok';
  }
}

function showHistory(list) {
  const ul = $('history');
  ul.replaceChildren();
  $('empty').hidden = list.length > 0;
  // 24-hour HH:MM, as Russian and Italian write times (and unambiguous in English).
  const time = { format: (t) => new Date(t).toTimeString().slice(0, 5) };
  for (const e of list) {
    const li = document.createElement('li');
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = e.name || e.url;
    const outcome = document.createElement('div');
    outcome.className = 'outcome';
    const text = msg(OUTCOMES[e.outcome] ?? 'outcomeSent');
    outcome.textContent = `${time.format(e.time)} · ${text}${e.detail ? ` — ${e.detail}` : ''}`;
    li.append(name, outcome);
    ul.append(li);
  }
}

function showSkip(on) {
  const b = $('skipNext');
  b.textContent = msg(on ? 'popupSkipNextOn' : 'popupSkipNext');
  b.setAttribute('aria-pressed', String(on));
  b.dataset.on = String(on);
}

localize();
const settings = await loadSettings(api.storage);
$('enabled').checked = settings.enabled;
$('enabled').addEventListener('change', async () => {
  await saveSettings(api.storage, { ...(await loadSettings(api.storage)), enabled: $('enabled').checked });
});
$('skipNext').addEventListener('click', async () => {
  const on = $('skipNext').dataset.on !== 'true';
  await ask({ type: 'skip-next', on });
  showSkip(on);
});
$('options').addEventListener('click', (e) => {
  e.preventDefault();
  api.runtime.openOptionsPage();
});
const s = await ask({ type: 'status' });
showState(s);
showHistory(s.history ?? []);
showSkip(s.skipNext === true);
document.body.dataset.ready = 'true';
