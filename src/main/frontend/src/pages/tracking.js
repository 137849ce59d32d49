// Public tracking: dossier code + ID number -> status, timeline, due date, handling unit and slips (POST
// /api/v1/tracking). The ID number travels in the body only; nothing about the applicant is kept in the page URL.
import { api, ApiError, describe } from '../js/api.js';
import { pick, t } from '../js/i18n.js';
import {
  clearFieldErrors, dateTime, el, hideErrorSummary, initPage, params, say, saveResponse, setFieldError, showErrorSummary,
  withLabel
} from '../js/ui.js';

initPage();
const $ = (id) => document.getElementById(id);
const formEl = $('tracking-form');
const summary = $('error-summary');
const status = $('tracking-status');
const result = $('tracking-result');
const CODE = /^[0-9A-Z]+(\.[0-9A-Z]+)*-\d{6}-\d{4}$/;

let errors = [];
let tracking = null;
let asked = null;
let download = null;

function text(item) {
  if (item.error) {
    return describe(item.error);
  }
  return item.key ? t(item.key, item.params) : pick(item.vi, item.en);
}

function showErrors(items, focus = true) {
  errors = items;
  clearFieldErrors(formEl);
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

function problems(code, idNumber) {
  const items = [];
  if (!code) {
    items.push({ target: 'dossierCode', key: 'error.required' });
  } else if (!CODE.test(code)) {
    items.push({ target: 'dossierCode', key: 'tracking.code.invalid' });
  }
  if (!idNumber) {
    items.push({ target: 'idNumber', key: 'error.required' });
  } else if (!/^\d{12}$/.test(idNumber)) {
    items.push({ target: 'idNumber', key: 'submit.idNumber.invalid' });
  }
  return items;
}

function render() {
  if (!tracking) {
    result.hidden = true;
    return;
  }
  result.hidden = false;
  $('tracking-result-heading').textContent = t('tracking.result', { code: tracking.code });
  $('tracking-badge').replaceChildren(el('span', { class: 'visually-hidden', text: `${t('tracking.status')}: ` }),
    pick(tracking.statusVi, tracking.statusEn));
  $('tracking-badge').dataset.status = tracking.status;
  $('tracking-procedure').textContent = tracking.procedureName;
  $('tracking-unit').textContent = tracking.handlingUnit ?? '';
  $('tracking-received').textContent = dateTime(tracking.receivedAt);
  $('tracking-due').textContent = dateTime(tracking.dueAt);
  $('tracking-returned-row').hidden = !tracking.returnedAt;
  $('tracking-returned').textContent = dateTime(tracking.returnedAt);
  $('tracking-timeline').replaceChildren(...tracking.timeline.map((s) => el('li', {},
    el('p', { class: 'timeline-when', text: dateTime(s.at) }),
    el('p', { class: 'timeline-status', text: pick(s.statusVi, s.statusEn) }),
    el('p', { class: 'muted', lang: 'vi', text: [s.step, s.unit].filter(Boolean).join(' – ') }))));
  const slips = tracking.slips ?? [];
  $('tracking-slips').replaceChildren(...(slips.length ? slips.map((s) => el('li', {},
    el('button', {
      type: 'button',
      class: 'button button--secondary',
      text: pick(s.titleVi, s.titleEn),
      onclick: () => downloadSlip(s)
    })))
    : [el('li', { class: 'muted', text: t('tracking.slips.none') })]));
  const downloadStatus = $('tracking-download');
  if (download?.failure) {
    say(downloadStatus, describe(download.failure), 'error');
  } else if (download?.name) {
    say(downloadStatus, t('download.done', { name: download.name }), 'success');
  } else {
    say(downloadStatus, '');
  }
}

async function downloadSlip(slip) {
  say($('tracking-download'), t('download.pending'));
  try {
    const response = await api(`/api/v1/tracking/slips/${encodeURIComponent(slip.form)}`, {
      method: 'POST', json: asked, raw: true
    });
    download = { name: await saveResponse(response, `${asked.dossierCode}-${slip.form}.pdf`) };
  } catch (e) {
    download = { failure: e };
  }
  render();
}

formEl.addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = $('dossierCode').value.trim().toUpperCase();
  const idNumber = $('idNumber').value.trim();
  $('dossierCode').value = code;
  tracking = null;
  download = null;
  render();
  say(status, '');
  const items = problems(code, idNumber);
  if (items.length) {
    showErrors(items);
    return;
  }
  showErrors([]);
  say(status, t('loading'));
  try {
    asked = { dossierCode: code, idNumber };
    tracking = await api('/api/v1/tracking', { method: 'POST', json: asked });
    say(status, '');
    render();
    result.focus();
  } catch (e) {
    say(status, '');
    if (e instanceof ApiError && e.status === 404) {
      showErrors([{ target: null, key: 'tracking.notFound' }]);
    } else if (e instanceof ApiError && e.errors.length) {
      showErrors(e.errors.map((x) => ({ target: x.field === 'dossierCode' || x.field === 'idNumber' ? x.field : null,
        vi: x.messageVi, en: x.messageEn })));
    } else {
      showErrors([{ target: null, error: e }]);
    }
  }
});

document.addEventListener('langchange', () => {
  render();
  if (errors.length) {
    showErrors(errors, false);
  }
});
$('dossierCode').value = params().get('ma') ?? '';

