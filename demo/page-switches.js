// The demo's page switches. Each changes only the page, as an author's site would: a class on
// <html> for a dark page, <html lang> for the language, <html dir> for a right-to-left page.
// The elements follow by themselves, canvases included. The lesson text is the author's and
// stays English; the elements' own words change. ?lang=de&dir=rtl&theme=dark opens a state.
// Arabic is not shipped: the demo registers it from JSON (locales/ar.json) with registerLocale,
// as a CMS would, and turns the page right to left.
import { registerLocale } from '../dist/nn-elements.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);

/** Registers a language the demo keeps as JSON, once. */
const fromJson = new Map();
function registerFromJson(code) {
  if (!fromJson.has(code)) {
    fromJson.set(code, fetch(new URL(`locales/${code}.json`, import.meta.url)).then((r) => r.json()).then((messages) => registerLocale(code, messages)));
  }
  return fromJson.get(code);
}

async function setLanguage(code) {
  if (code === 'ar') {
    await registerFromJson('ar');
    root.dir = 'rtl';
  } else if (root.lang === 'ar') root.dir = 'ltr';
  root.lang = code;
  if (typeof dir !== 'undefined') dir.checked = root.dir === 'rtl';
}

if (params.get('theme') === 'dark') root.classList.add('dark');
if (params.get('dir') === 'rtl') root.dir = 'rtl';
if (params.get('lang')) void setLanguage(params.get('lang'));

const nav = document.querySelector('.demo-nav');

const theme = document.createElement('button');
theme.type = 'button';
theme.className = 'theme-switch';
const themeLabel = () => (root.classList.contains('dark') ? 'Light page' : 'Dark page');
theme.textContent = themeLabel();
theme.addEventListener('click', () => {
  root.classList.toggle('dark');
  theme.textContent = themeLabel();
  remember();
});

const languages = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', ja: '日本語', ar: 'العربية (registered from JSON)' };
const langLabel = document.createElement('label');
langLabel.className = 'lang-switch';
langLabel.append('Elements in ');
const lang = document.createElement('select');
for (const [code, name] of Object.entries(languages)) lang.append(new Option(name, code, false, (params.get('lang') ?? root.lang) === code));
lang.addEventListener('change', async () => {
  await setLanguage(lang.value);
  remember();
});
langLabel.append(lang);

const dirLabel = document.createElement('label');
dirLabel.className = 'dir-switch';
var dir = document.createElement('input');
dir.type = 'checkbox';
dir.checked = root.dir === 'rtl';
dir.addEventListener('change', () => {
  root.dir = dir.checked ? 'rtl' : 'ltr';
  remember();
});
dirLabel.append(dir, ' Right to left');

function remember() {
  const q = new URLSearchParams();
  if (root.lang && root.lang !== 'en') q.set('lang', root.lang);
  if (root.dir === 'rtl') q.set('dir', 'rtl');
  if (root.classList.contains('dark')) q.set('theme', 'dark');
  history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
}

const box = document.createElement('span');
box.className = 'demo-switches';
box.append(theme, langLabel, dirLabel);
if (nav) nav.append(box);
else document.querySelector('main')?.prepend(box);
