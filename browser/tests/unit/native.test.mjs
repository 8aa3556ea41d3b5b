import assert from 'node:assert/strict';
import { test } from 'node:test';

import { HOST_NAME, HostError, NativeClient } from '../../extension/lib/native.js';

// A port like runtime.connectNative's, answering through `reply`.
function fakeRuntime() {
  const rt = { ports: [], lastError: undefined };
  rt.connectNative = (name) => {
    const port = {
      name, sent: [], disconnected: false,
      onMessage: { listeners: [], addListener(f) { this.listeners.push(f); } },
      onDisconnect: { listeners: [], addListener(f) { this.listeners.push(f); } },
      postMessage(m) { this.sent.push(m); },
      disconnect() { this.disconnected = true; },
      answer(a) { for (const f of this.onMessage.listeners) f(a); },
      drop(why) { rt.lastError = why ? { message: why } : undefined; for (const f of this.onDisconnect.listeners) f(this); rt.lastError = undefined; },
    };
    rt.ports.push(port);
    return port;
  };
  return rt;
}

// Timers that run only when the test says so.
function manualTimers() {
  const t = { pending: new Map(), next: 1 };
  t.setTimeout = (f) => { const id = t.next++; t.pending.set(id, f); return id; };
  t.clearTimeout = (id) => t.pending.delete(id);
  t.runAll = () => { const fs = [...t.pending.values()]; t.pending.clear(); fs.forEach((f) => f()); };
  return t;
}

test('requests carry the version and an id, answers are matched by id', async () => {
  const rt = fakeRuntime();
  const client = new NativeClient(rt, { timers: manualTimers() });
  const a = client.request({ type: 'hello' });
  const b = client.request({ type: 'download', url: 'https://a.com/f' });
  assert.equal(rt.ports.length, 1, 'one port for both');
  assert.equal(rt.ports[0].name, HOST_NAME);
  const [ma, mb] = rt.ports[0].sent;
  assert.equal(ma.v, 1);
  assert.notEqual(ma.id, mb.id);
  rt.ports[0].answer({ v: 1, id: mb.id, ok: true, status: 'created' });
  rt.ports[0].answer({ v: 1, id: ma.id, ok: true, host: '0.1.0' });
  assert.equal((await a).host, '0.1.0');
  assert.equal((await b).status, 'created');
});

test('a refusal rejects with the host message', async () => {
  const rt = fakeRuntime();
  const client = new NativeClient(rt, { timers: manualTimers() });
  const p = client.request({ type: 'download', url: 'x' });
  const { id } = rt.ports[0].sent[0];
  rt.ports[0].answer({ v: 1, id, ok: false, error: { result: 'E_INVALIDARG', message: 'url is not an http or https URL' } });
  await assert.rejects(p, (e) => e instanceof HostError && e.message === 'url is not an http or https URL' && e.answer.error.result === 'E_INVALIDARG');
});

test('an answer without an id answers the oldest request', async () => {
  const rt = fakeRuntime();
  const client = new NativeClient(rt, { timers: manualTimers() });
  const p = client.request({ type: 'hello' });
  client.request({ type: 'hello' }).catch(() => {});
  rt.ports[0].answer({ v: 1, id: null, ok: false, error: { message: 'too large' } });
  await assert.rejects(p, /too large/);
});

test('a host that cannot be started fails every waiting request, and the next one reconnects', async () => {
  const rt = fakeRuntime();
  const client = new NativeClient(rt, { timers: manualTimers() });
  const p = client.request({ type: 'hello' });
  rt.ports[0].drop('Specified native messaging host not found.');
  await assert.rejects(p, /native messaging host not found/);
  const q = client.request({ type: 'hello' });
  assert.equal(rt.ports.length, 2);
  rt.ports[1].answer({ id: rt.ports[1].sent[0].id, ok: true });
  assert.equal((await q).ok, true);
});

test('no answer in time is a failure; an idle port is closed', async () => {
  const rt = fakeRuntime();
  const timers = manualTimers();
  const client = new NativeClient(rt, { timers });
  const p = client.request({ type: 'hello' });
  timers.runAll(); // the answer timeout
  await assert.rejects(p, /did not answer/);
  timers.runAll(); // the idle timeout
  assert.equal(rt.ports[0].disconnected, true);
});
