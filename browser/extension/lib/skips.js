// The ways a user keeps one download with the browser: the popup's one-shot "let the browser have
// the next download", and a link clicked with the modifier key from the options page (the
// content script reports such clicks). Kept in storage.session, so a service worker that was
// stopped in between still knows.

const CLICK_LIFETIME_MS = 60_000; // a modified click that started no download is forgotten

export function modifierHeld(event, modifier) {
  switch (modifier) {
    case 'alt': return !!event.altKey;
    case 'shift': return !!event.shiftKey;
    case 'ctrl': return !!event.ctrlKey;
    default: return false;
  }
}

export class Skips {
  constructor(storageArea, now = () => Date.now()) {
    this.area = storageArea;
    this.now = now;
  }

  async state() {
    const { skips } = await this.area.get('skips');
    const s = skips && typeof skips === 'object' ? skips : {};
    const clicks = Array.isArray(s.clicks) ? s.clicks.filter((c) => c && typeof c.url === 'string' && c.until > this.now()) : [];
    return { once: s.once === true, clicks };
  }

  async skipNext(on = true) {
    const s = await this.state();
    s.once = on;
    await this.area.set({ skips: s });
  }

  async nextSkipped() {
    return (await this.state()).once;
  }

  async modifiedClick(url) {
    const s = await this.state();
    s.clicks = [...s.clicks.slice(-19), { url, until: this.now() + CLICK_LIFETIME_MS }];
    await this.area.set({ skips: s });
  }

  // Whether this download is one to leave to the browser; a matching skip is used up.
  async consume(urls) {
    const s = await this.state();
    let skip = false;
    const i = s.clicks.findIndex((c) => urls.includes(c.url));
    if (i >= 0) {
      s.clicks.splice(i, 1);
      skip = true;
    } else if (s.once) {
      s.once = false;
      skip = true;
    }
    if (skip) await this.area.set({ skips: s });
    return skip;
  }
}
