// The line to Ferry's native messaging host (ferry-browser-host, docs/browser.md): one port
// while messages are under way, closed again when idle. Every request gets the host's answer, or
// an error when the host could not be started or went away: callers then leave the download to
// the browser.

export const HOST_NAME = 'net.ferrydm.ferry';
export const PROTOCOL_VERSION = 1;

export class HostError extends Error {
  constructor(message, answer = null) {
    super(message);
    this.name = 'HostError';
    this.answer = answer;
  }
}

export class NativeClient {
  constructor(runtime, { idleMs = 20_000, answerMs = 120_000, timers = globalThis } = {}) {
    this.runtime = runtime;
    this.idleMs = idleMs;
    this.answerMs = answerMs;
    this.timers = timers;
    this.port = null;
    this.pending = new Map(); // id → { resolve, reject, timer }
    this.nextId = 1;
    this.idleTimer = null;
  }

  // Resolves with the answer ({ ok: true, … }); rejects with a HostError when the host refused
  // ({ ok: false }) or could not be reached.
  request(message) {
    const id = `m${this.nextId++}`;
    const port = this.open();
    return new Promise((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(id);
        reject(new HostError('Ferry did not answer'));
        this.idleCheck();
      }, this.answerMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        port.postMessage({ v: PROTOCOL_VERSION, id, ...message });
      } catch (e) {
        this.fail(String(e?.message ?? e));
      }
    });
  }

  open() {
    this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.port) return this.port;
    const port = this.runtime.connectNative(HOST_NAME);
    port.onMessage.addListener((answer) => this.onAnswer(answer));
    port.onDisconnect.addListener((p) => {
      // Chromium says why in runtime.lastError, Firefox in port.error.
      const why = this.runtime.lastError?.message ?? p?.error?.message ?? 'Ferry closed the connection';
      if (this.port === port) this.port = null;
      this.fail(why);
    });
    this.port = port;
    return port;
  }

  onAnswer(answer) {
    if (!answer || typeof answer !== 'object') return;
    let entry = this.pending.get(answer.id);
    let id = answer.id;
    if (!entry && (answer.id === null || answer.id === undefined)) {
      // The host could not read which message it answers: it is the oldest one.
      [id, entry] = this.pending.entries().next().value ?? [];
    }
    if (!entry) return;
    this.pending.delete(id);
    this.timers.clearTimeout(entry.timer);
    if (answer.ok === true) entry.resolve(answer);
    else entry.reject(new HostError(answer.error?.message ?? 'Ferry refused the request', answer));
    this.idleCheck();
  }

  fail(why) {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject, timer } of waiting) {
      this.timers.clearTimeout(timer);
      reject(new HostError(why));
    }
    if (this.port) {
      const port = this.port;
      this.port = null;
      try { port.disconnect(); } catch { /* already gone */ }
    }
  }

  idleCheck() {
    if (this.pending.size > 0 || !this.port) return;
    this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = this.timers.setTimeout(() => {
      if (this.pending.size === 0 && this.port) {
        const port = this.port;
        this.port = null;
        port.disconnect();
      }
    }, this.idleMs);
  }
}
