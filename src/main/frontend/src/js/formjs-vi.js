// The form-js viewer speaks English only; on the portal its few texts (validation messages, the select
// placeholder) follow the page's language. Watches the form and rewrites those texts as form-js renders them.
import { lang } from './i18n.js';

const RULES = [
  [/^Field is required\.$/, () => 'Bắt buộc phải nhập.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Phải có ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Chỉ được có tối đa ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, () => 'Sai định dạng.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84912345678).'],
  [/^Select$/, () => 'Chọn'],
  [/^Search$/, () => 'Tìm'],
  // the file picker of a document: its button and what is chosen
  [/^Browse$/, () => 'Chọn tệp'],
  [/^No files selected$/, () => 'Chưa chọn tệp'],
  [/^(\d+) files selected$/, (m) => `Đã chọn ${m[1]} tệp`]
];

function translate(text) {
  for (const [pattern, vi] of RULES) {
    const m = pattern.exec(text.trim());
    if (m) {
      return vi(m);
    }
  }
  return null;
}

function rewrite(root) {
  if (lang() !== 'vi') {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span, .fjs-select-placeholder, '
      + '.fjs-filepicker-button, .fjs-filepicker-container .fjs-form-field-label').forEach((node) => {
    // change the text node form-js owns, not the element, so its later updates still land
    const text = node.firstChild;
    if (node.childNodes.length === 1 && text.nodeType === Node.TEXT_NODE) {
      const vi = translate(text.data);
      if (vi && vi !== text.data) {
        text.data = vi;
      }
    }
  });
  root.querySelectorAll('input[placeholder="Search"]').forEach((input) => input.setAttribute('placeholder', 'Tìm'));
}

/** Keeps the form's own texts in Vietnamese while the page is in Vietnamese. */
export function speakVietnamese(container) {
  const observer = new MutationObserver(() => rewrite(container));
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  rewrite(container);
}

/**
 * form-js shows no description under a file picker; a document's holds what the applicant must bring (originals and
 * copies, when it need not be uploaded). Shown under each picker from the form's schema, kept there as form-js renders.
 */
export function describeFilePickers(container, schema) {
  const descriptions = new Map();
  const walk = (components) => (components ?? []).forEach((c) => {
    if (c.type === 'filepicker' && c.id && c.description) {
      descriptions.set(c.id, c.description);
    }
    walk(c.components);
  });
  walk(schema?.components);
  const apply = () => container.querySelectorAll('.fjs-filepicker-container').forEach((picker) => {
    const field = picker.parentElement;
    const input = field?.querySelector('input[type=file]');
    const id = input && [...descriptions.keys()].find((key) => input.id === key || input.id.endsWith(`-${key}`));
    if (!id || field.querySelector('.motcua-filepicker-description')) {
      return;
    }
    const description = document.createElement('div');
    description.className = 'fjs-form-field-description motcua-filepicker-description';
    description.textContent = descriptions.get(id);
    picker.after(description);
  });
  new MutationObserver(apply).observe(container, { childList: true, subtree: true });
  apply();
}
