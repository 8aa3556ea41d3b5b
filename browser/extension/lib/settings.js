// The options page's settings, kept in storage.local. Everything read back is checked, so a
// damaged or hand-edited storage never breaks capturing.

export const DEFAULTS = Object.freeze({
  enabled: true, // take over downloads the browser starts
  mode: 'all', // 'all' | 'size' (only above minSizeMiB) | 'match' (extensions or hosts)
  minSizeMiB: 10,
  extensions: 'zip 7z rar tar gz xz bz2 zst iso img dmg exe msi deb rpm appimage mp4 mkv avi mov mp3 flac pdf',
  hosts: '',
  skipModifier: 'alt', // held while clicking a link: the browser keeps that download
  folder: '', // absolute; empty: Ferry's default download folder
});

const MODES = ['all', 'size', 'match'];
const MODIFIERS = ['none', 'alt', 'shift', 'ctrl'];

export function normalize(raw) {
  const s = { ...DEFAULTS };
  if (!raw || typeof raw !== 'object') return s;
  if (typeof raw.enabled === 'boolean') s.enabled = raw.enabled;
  if (MODES.includes(raw.mode)) s.mode = raw.mode;
  const size = Number(raw.minSizeMiB);
  if (Number.isFinite(size) && size >= 0 && size <= 1024 * 1024) s.minSizeMiB = size;
  if (typeof raw.extensions === 'string') s.extensions = raw.extensions.slice(0, 2000);
  if (typeof raw.hosts === 'string') s.hosts = raw.hosts.slice(0, 2000);
  if (MODIFIERS.includes(raw.skipModifier)) s.skipModifier = raw.skipModifier;
  if (typeof raw.folder === 'string') s.folder = raw.folder.trim().slice(0, 4096);
  return s;
}

// An absolute folder or nothing; the host checks it again.
export function folderProblem(folder) {
  if (folder === '') return null;
  if (!folder.startsWith('/')) return 'optionsFolderNotAbsolute';
  return null;
}

export async function loadSettings(storage) {
  const { settings } = await storage.local.get('settings');
  return normalize(settings);
}

export async function saveSettings(storage, settings) {
  const clean = normalize(settings);
  await storage.local.set({ settings: clean });
  return clean;
}
