// The demo's page switches (their markup is in each page, so nothing shifts when this runs).
// Each changes only the page, as an author's site would: a class on <html> for a dark page,
// <html lang> for the language, <html dir> for a right-to-left page. The elements follow by
// themselves, canvases included. The lesson text is the author's and stays English; the
// elements' own words change. ?lang=de&dir=rtl&theme=dark opens a state.
// Arabic is not shipped: the demo registers it from JSON (locales/ar.json) with registerLocale,
// as a CMS would, and turns the page right to left.
import { registerLocale } from '../dist/nn-elements.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = document.querySelector('.demo-switches .theme-switch');
const lang = document.querySelector('.demo-switches select');
const dir = document.querySelector('.demo-switches input[type=checkbox]');

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
  if (dir) dir.checked = root.dir === 'rtl';
}

function remember() {
  const q = new URLSearchParams();
  if (root.lang && root.lang !== 'en') q.set('lang', root.lang);
  if (root.dir === 'rtl') q.set('dir', 'rtl');
  if (root.classList.contains('dark')) q.set('theme', 'dark');
  history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
}

const themeLabel = () => (root.classList.contains('dark') ? 'Light page' : 'Dark page');

if (params.get('theme') === 'dark') root.classList.add('dark');
if (params.get('dir') === 'rtl') root.dir = 'rtl';
if (params.get('lang')) void setLanguage(params.get('lang'));

if (theme) {
  theme.textContent = themeLabel();
  theme.addEventListener('click', () => {
    root.classList.toggle('dark');
    theme.textContent = themeLabel();
    remember();
  });
}
if (lang) {
  lang.value = params.get('lang') ?? (root.lang || 'en');
  lang.addEventListener('change', async () => {
    await setLanguage(lang.value);
    remember();
  });
}
if (dir) {
  dir.checked = root.dir === 'rtl';
  dir.addEventListener('change', () => {
    root.dir = dir.checked ? 'rtl' : 'ltr';
    remember();
  });
}
