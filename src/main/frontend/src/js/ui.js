// What every page shares: the header's language toggle and current-page link, formats, error messages, downloads.
import { initLanguage, lang, t } from './i18n.js';

/** Where the submission page leaves the receipt for the receipt page (this browser tab only). */
export const RECEIPT_KEY = 'motcua.receipt';

export function initPage() {
  initLanguage();
  const current = document.body.dataset.nav;
  document.querySelectorAll('.site-nav a[data-nav]').forEach((a) => {
    if (a.dataset.nav === current) {
      a.setAttribute('aria-current', 'page');
    }
  });
}

/** Re-runs render() now and whenever the language changes. */
export function onLanguage(render) {
  render();
  document.addEventListener('langchange', render);
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** 2026-11-27T17:00:00 (the province's local time, as the API gives it) as 27/11/2026 17:00. */
export function dateTime(value) {
  if (!value) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) {
    return value;
  }
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

export function money(vnd) {
  if (!vnd) {
    return t('fee.free');
  }
  return `${new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'vi-VN').format(vnd)} ${t('fee.unit')}`;
}

/**
 * A channel's fee as the catalog states it: the amount, "free" only when the source says so, "not published" when it
 * does not state one (never free), the People's Council's amount from the province's table, discounts with their dates.
 */
export function fee(terms) {
  const text = lang() === 'en' ? terms.feeEn : terms.feeVi;
  return text ?? money(terms.feeVnd);
}

export function fileSize(bytes) {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const f = new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${f.format(bytes / 1024)} KB` : `${f.format(bytes / (1024 * 1024))} MB`;
}

/**
 * Field errors: the message above the field, aria-invalid on it and the message in its description, so a screen
 * reader says it with the field.
 */
export function setFieldError(id, message) {
  const input = document.getElementById(id);
  const error = document.getElementById(`${id}-error`);
  if (!input || !error) {
    return;
  }
  error.textContent = message;
  error.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  const described = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  described.add(error.id);
  input.setAttribute('aria-describedby', [...described].join(' '));
  input.closest('.field')?.classList.add('field--error');
}

export function clearFieldErrors(root = document) {
  root.querySelectorAll('.field-error').forEach((error) => {
    error.hidden = true;
    error.textContent = '';
  });
  root.querySelectorAll('[aria-invalid="true"]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (described.length) {
      input.setAttribute('aria-describedby', described.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  });
  root.querySelectorAll('.field--error').forEach((f) => f.classList.remove('field--error'));
}

/**
 * The error summary at the top of a form: each problem links to its field; the summary takes the focus so the
 * citizen hears and sees at once what to fix. items: [{target, message}].
 */
export function showErrorSummary(summary, items) {
  const list = summary.querySelector('ul');
  list.replaceChildren(...items.map((item) => el('li', {}, item.target
    ? el('a', {
      href: `#${item.target}`,
      text: item.message,
      onclick: (event) => {
        const target = document.getElementById(item.target);
        if (target) {
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
      }
    })
    : item.message)));
  summary.hidden = false;
  summary.focus();
}

/** "Họ, chữ đệm và tên: Bắt buộc phải nhập": a summary line says which field it is about. */
export function withLabel(target, message) {
  const label = target ? document.querySelector(`label[for="${target}"]`) : null;
  const name = label?.textContent.replace(/\s*\*\s*$/, '').trim();
  return name && !message.includes(name) ? `${name}: ${message}` : message;
}

export function hideErrorSummary(summary) {
  summary.hidden = true;
  summary.querySelector('ul').replaceChildren();
}

/**
 * A form's errors shown the one way every page shows them: each at its field (items with a target) and all in the
 * summary, which takes the focus unless {@code focus} is false; no items clears both. {@code text(item)} gives an
 * item's message in the page's language.
 */
export function showFormErrors(form, summary, items, text, focus = true) {
  clearFieldErrors(form);
  if (!items.length) {
    hideErrorSummary(summary);
    return;
  }
  items.filter((i) => i.target).forEach((i) => setFieldError(i.target, text(i)));
  showErrorSummary(summary, items.map((i) => ({ target: i.target, message: withLabel(i.target, text(i)) })));
  if (!focus) {
    summary.blur();
  }
}

/** A message in a status region (role=status or alert), e.g. "loading", "nothing found". */
export function say(region, message, kind = 'info') {
  region.hidden = !message;
  region.textContent = message ?? '';
  region.dataset.kind = kind;
}

/** Saves a fetched file (a PDF) under the name the server gave, or the fallback. */
export async function saveResponse(response, fallbackName) {
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  // RFC 6266: filename* (UTF-8, percent-encoded) wins over filename, which may be an RFC 2047 "=?UTF-8?Q?…?=" form
  const extended = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(disposition);
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  const name = extended ? decodeURIComponent(extended[1]) : plain && !plain[1].startsWith('=?') ? plain[1] : fallbackName;
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export function params() {
  return new URLSearchParams(window.location.search);
}
