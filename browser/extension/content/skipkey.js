// Reports a link clicked with a modifier key held, so that a download it starts can be left to
// the browser when that is the options page's "skip" key. Reads nothing of the page but the
// link's address, and only when a modifier is held.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const report = (event) => {
    if (!event.altKey && !event.shiftKey && !event.ctrlKey) return;
    const link = event.target?.closest?.('a[href]');
    if (!link) return;
    try {
      api.runtime.sendMessage({
        type: 'modified-click', url: link.href,
        altKey: event.altKey, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey,
      });
    } catch {
      // The extension was reloaded: nothing to tell.
    }
  };
  addEventListener('click', report, true);
  addEventListener('auxclick', report, true);
})();
