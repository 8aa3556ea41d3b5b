// The WebExtension API of the browser that runs us: `browser` in Firefox, `chrome` in Chromium.
// Both return promises from their async calls in Manifest V3.
export const api = globalThis.browser ?? globalThis.chrome;

// A translated string of _locales/*/messages.json; the key itself when the browser has none (in
// node's unit tests).
export function msg(key, substitutions) {
  const text = api?.i18n?.getMessage(key, substitutions);
  return text || key;
}
