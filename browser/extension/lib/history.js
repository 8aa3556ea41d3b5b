// The last hand-offs, shown in the toolbar popup. Kept in storage.local, newest first.

export const HISTORY_SIZE = 20;

// outcome: 'sent' | 'duplicate' | 'renewed' | 'kept' (left to the browser) | 'asked'
export async function addEntry(storage, entry, now = () => Date.now()) {
  const { history } = await storage.local.get('history');
  const list = Array.isArray(history) ? history : [];
  const clean = {
    time: now(),
    name: String(entry.name ?? '').slice(0, 255),
    url: String(entry.url ?? '').slice(0, 2048),
    outcome: String(entry.outcome ?? ''),
    detail: String(entry.detail ?? '').slice(0, 500),
    job: String(entry.job ?? '').slice(0, 64),
  };
  const next = [clean, ...list].slice(0, HISTORY_SIZE);
  await storage.local.set({ history: next });
  return next;
}

export async function entries(storage, count = 5) {
  const { history } = await storage.local.get('history');
  return (Array.isArray(history) ? history : []).slice(0, count);
}
