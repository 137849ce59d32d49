// The page's language: Vietnamese first, English on request (kept in localStorage for the next pages).
import { messages } from './messages.js';

const STORAGE_KEY = 'motcua.lang';
const ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

export function lang() {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/** The message in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const m = messages[key];
  if (!m) {
    return key;
  }
  let text = m[lang()] ?? m.vi;
  for (const [name, value] of Object.entries(params)) {
    text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

/** Picks a text from a pair the API gives in both languages. */
export function pick(vi, en) {
  return lang() === 'en' && en ? en : vi;
}

export function applyLanguage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  for (const attribute of ATTRIBUTES) {
    root.querySelectorAll(`[data-i18n-${attribute}]`).forEach((el) => {
      el.setAttribute(attribute, t(el.getAttribute(`data-i18n-${attribute}`)));
    });
  }
  const title = document.body.dataset.title;
  if (title) {
    document.title = `${t(title)} – ${t('site.name')}`;
  }
}

export function setLanguage(language) {
  document.documentElement.lang = language === 'en' ? 'en' : 'vi';
  try {
    localStorage.setItem(STORAGE_KEY, lang());
  } catch {
    // private browsing: the choice lasts for this page only
  }
  applyLanguage();
  const toggle = document.getElementById('lang-toggle');
  if (toggle) {
    // the button names the other language, in that language
    toggle.lang = lang() === 'en' ? 'vi' : 'en';
  }
  document.dispatchEvent(new CustomEvent('langchange'));
}

export function initLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  setLanguage(saved === 'en' ? 'en' : 'vi');
  document.getElementById('lang-toggle')?.addEventListener('click', () => setLanguage(lang() === 'en' ? 'vi' : 'en'));
}
