// What every page of the extension shares: translated text for elements with data-i18n (and
// data-i18n-placeholder / data-i18n-title), and messages to the background.

import { api, msg } from './api.js';

export function localize(root = document) {
  document.documentElement.lang = api.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = msg(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = msg(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = msg(el.dataset.i18nTitle);
}

export function ask(message) {
  return api.runtime.sendMessage(message);
}

export function param(name) {
  return new URLSearchParams(location.search).get(name) ?? '';
}
