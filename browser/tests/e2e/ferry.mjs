// A Ferry user for the end-to-end tests: isolated XDG folders in a temporary directory, in which
// the browser, the host it starts and the engine the host starts all run; ferryctl to look at
// the jobs; the engine stopped and everything removed at the end.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function until(what, check, timeoutMs = 60_000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export class FerryHome {
  constructor() {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'ferry-e2e-'));
    for (const d of ['run', 'data', 'config/ferry', 'home', 'dl', 'browser-dl', 'profile']) {
      fs.mkdirSync(path.join(this.root, d), { recursive: true });
    }
    fs.chmodSync(path.join(this.root, 'run'), 0o700);
  }

  path(...parts) {
    return path.join(this.root, ...parts);
  }

  env() {
    return {
      ...process.env,
      HOME: this.path('home'),
      XDG_RUNTIME_DIR: this.path('run'),
      XDG_DATA_HOME: this.path('data'),
      XDG_CONFIG_HOME: this.path('config'),
      LANG: 'C.UTF-8',
    };
  }

  async ctl(...args) {
    const { stdout } = await run(process.env.FERRY_CTL, args, { env: this.env(), timeout: 60_000 });
    return stdout;
  }

  async jobs() {
    if (!this.enginePid()) return [];
    return JSON.parse(await this.ctl('list', '--all', '--json'));
  }

  enginePid() {
    try {
      const pid = Number(fs.readFileSync(this.path('run/ferry/engine.lock'), 'utf8').split('\n')[0]);
      process.kill(pid, 0);
      return pid;
    } catch {
      return 0;
    }
  }

  async close() {
    const pid = this.enginePid();
    if (pid) {
      process.kill(pid, 'SIGTERM');
      await until('the engine to stop', () => !this.enginePid(), 30_000);
    }
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
