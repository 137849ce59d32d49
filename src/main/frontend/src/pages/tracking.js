// Public tracking: dossier code + ID number -> status, timeline, due date, handling unit and slips (POST
// /api/v1/tracking). The ID number travels in the body only; nothing about the applicant is kept in the page URL.
import { api, ApiError, describe } from '../js/api.js';
import { pick, t } from '../js/i18n.js';
import * as resultReturn from '../js/result-return.js';
import { complaintCard } from '../js/complaints.js';
import {
  clearFieldErrors, dateTime, el, initPage, params, say, saveResponse, setFieldError, showFormErrors
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
let fee = null;
let rated = null;
let resultDownload = null;
let feeStatus = null;
/** the receiving points (GET /api/v1/units) the result can be collected at, loaded with the first answer */
let points = null;
/** the last change of the return choice: {saved} | {failure} */
let returnChange = null;
let receiptDownload = null;
let complaints = [];
let complaintRated = {};

function text(item) {
  if (item.error) {
    return describe(item.error);
  }
  return item.key ? t(item.key, item.params) : pick(item.vi, item.en);
}

function showErrors(items, focus = true) {
  errors = items;
  showFormErrors(formEl, summary, items, text, focus);
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
  renderFee();
  renderReturn();
  renderElectronicResult();
  renderRating();
  renderComplaints();
  const downloadStatus = $('tracking-download');
  if (download?.failure) {
    say(downloadStatus, describe(download.failure), 'error');
  } else if (download?.name) {
    say(downloadStatus, t('download.done', { name: download.name }), 'success');
  } else {
    say(downloadStatus, '');
  }
}

function renderFee() {
  $('tracking-fee').hidden = !fee;
  if (!fee) {
    return;
  }
  const amount = new Intl.NumberFormat('vi-VN').format(fee.amountVnd);
  const parts = [t('tracking.fee.text', { amount, state: pick(fee.stateVi, fee.stateEn) })];
  if (fee.receiptNumber) {
    parts.push(t('tracking.fee.receipt', { number: fee.receiptNumber }));
  }
  $('tracking-fee-text').textContent = parts.join('. ');
  $('tracking-pay').hidden = fee.state !== 'DUE';
  // once paid (online or at the counter) the receipt (biên lai) is there to download
  $('tracking-fee-receipt').hidden = !fee.receiptNumber;
  if (receiptDownload?.failure) {
    say($('tracking-fee-receipt-status'), describe(receiptDownload.failure), 'error');
  } else if (receiptDownload?.name) {
    say($('tracking-fee-receipt-status'), t('download.done', { name: receiptDownload.name }), 'success');
  } else {
    say($('tracking-fee-receipt-status'), '');
  }
  if (feeStatus?.failure) {
    say($('tracking-fee-status'), describe(feeStatus.failure), 'error');
  } else if (feeStatus?.pending) {
    say($('tracking-fee-status'), t('tracking.fee.redirect'));
  } else {
    say($('tracking-fee-status'), '');
  }
}

function renderReturn() {
  $('tracking-return').hidden = false;
  const choice = tracking.resultReturn;
  $('tracking-return-current').textContent = t('tracking.return.current', {
    choice: resultReturn.describeChoice(choice, points ?? [])
  });
  $('return-form').hidden = !tracking.resultReturnChangeable;
  $('tracking-return-closed').hidden = Boolean(tracking.resultReturnChangeable);
  resultReturn.renderPoints(points ?? []);
  const box = $('return-status');
  if (returnChange?.failure) {
    say(box, describe(returnChange.failure), 'error');
  } else if (returnChange?.saved) {
    say(box, t('tracking.return.saved', { choice: resultReturn.describeChoice(returnChange.saved, points ?? []) }), 'success');
  } else {
    say(box, '');
  }
}

$('return-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors($('return-form'));
  const problems = resultReturn.choiceProblems();
  if (problems.length) {
    problems.forEach((p) => setFieldError(p.target, t(p.key)));
    returnChange = null;
    render();
    return;
  }
  const choice = resultReturn.readChoice();
  try {
    await api('/api/v1/tracking/result-return', { method: 'POST', json: { ...asked, ...choice } });
    tracking = await api('/api/v1/tracking', { method: 'POST', json: asked });
    returnChange = { saved: tracking.resultReturn };
    resultReturn.setChoice(tracking.resultReturn);
  } catch (e) {
    returnChange = { failure: e };
    if (e instanceof ApiError) {
      e.errors.forEach((x) => {
        const target = resultReturn.targetOf(x.field);
        if (target) setFieldError(target, pick(x.messageVi, x.messageEn));
      });
    }
  }
  render();
});
resultReturn.wire();

function renderElectronicResult() {
  const doc = tracking.electronicResult;
  $('tracking-eresult').hidden = !doc;
  if (!doc) {
    return;
  }
  $('tracking-eresult-text').textContent = t('tracking.eresult.text', { title: doc.title, date: dateTime(doc.signedAt) });
  if (resultDownload?.failure) {
    say($('tracking-eresult-status'), describe(resultDownload.failure), 'error');
  } else if (resultDownload?.name) {
    say($('tracking-eresult-status'), t('download.done', { name: resultDownload.name }), 'success');
  } else {
    say($('tracking-eresult-status'), '');
  }
}

function renderRating() {
  // after the result (9 processing finished, 10 result returned), once per dossier
  $('rating-form').hidden = ![9, 10].includes(tracking.status);
  if (rated?.failure) {
    say($('rating-status'), describe(rated.failure), 'error');
  } else if (rated?.choose) {
    say($('rating-status'), t('tracking.rating.choose'), 'error');
  } else if (rated?.done) {
    say($('rating-status'), t('tracking.rating.done'), 'success');
  } else {
    say($('rating-status'), '');
  }
  $('rating-submit').disabled = Boolean(rated?.done);
}

function renderComplaints() {
  $('tracking-complain').href = `/phan-anh?ma=${encodeURIComponent(tracking.code)}`;
  $('tracking-complaints-list').replaceChildren(...(complaints.length
    ? complaints.map((c) => complaintCard(c, { rated: complaintRated[c.code], onRate: (r) => rateAnswer(c, r) }))
    : [el('p', { class: 'muted', text: t('tracking.complaints.none') })]));
}

async function rateAnswer(complaint, rating) {
  try {
    const rated = await api('/api/v1/complaints/rating', {
      method: 'POST', json: { code: complaint.code, idNumber: asked.idNumber, rating }
    });
    complaints = complaints.map((c) => (c.code === rated.code ? rated : c));
    complaintRated[complaint.code] = { done: true };
  } catch (e) {
    complaintRated[complaint.code] = { failure: e };
  }
  render();
}

async function loadComplaints() {
  try {
    complaints = await api('/api/v1/tracking/complaints/list', { method: 'POST', json: asked });
  } catch (e) {
    complaints = [];
  }
}

async function loadFee() {
  try {
    fee = await api('/api/v1/tracking/fee', { method: 'POST', json: asked });
  } catch (e) {
    fee = null; // no fee for this dossier (404), or not known yet
  }
}

$('tracking-pay').addEventListener('click', async () => {
  feeStatus = { pending: true };
  render();
  try {
    const started = await api('/api/v1/tracking/payments', { method: 'POST', json: asked });
    sessionStorage.setItem('motcua.tracking.code', asked.dossierCode);
    window.location.assign(started.payUrl);
  } catch (e) {
    feeStatus = { failure: e };
    render();
  }
});

$('tracking-fee-receipt').addEventListener('click', async () => {
  say($('tracking-fee-receipt-status'), t('download.pending'));
  try {
    const response = await api('/api/v1/tracking/slips/fee-receipt', { method: 'POST', json: asked, raw: true });
    receiptDownload = { name: await saveResponse(response, `${asked.dossierCode}-bien-lai.pdf`) };
  } catch (e) {
    receiptDownload = { failure: e };
  }
  render();
});

$('tracking-eresult-download').addEventListener('click', async () => {
  say($('tracking-eresult-status'), t('download.pending'));
  try {
    const response = await api('/api/v1/tracking/result', { method: 'POST', json: asked, raw: true });
    resultDownload = { name: await saveResponse(response, `${asked.dossierCode}-ket-qua.pdf`) };
  } catch (e) {
    resultDownload = { failure: e };
  }
  render();
});

$('rating-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const chosen = $('rating-form').querySelector('input[name=rating]:checked');
  if (!chosen) {
    rated = { choose: true };
    render();
    return;
  }
  try {
    await api('/api/v1/tracking/rating', {
      method: 'POST',
      json: { ...asked, rating: chosen.value, comment: $('rating-comment').value.trim() || null },
      raw: true
    });
    rated = { done: true };
  } catch (e) {
    rated = { failure: e };
  }
  render();
});

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
  fee = null;
  rated = null;
  resultDownload = null;
  feeStatus = null;
  returnChange = null;
  receiptDownload = null;
  complaints = [];
  complaintRated = {};
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
    await Promise.all([loadFee(), loadComplaints()]);
    if (!points) {
      points = await api('/api/v1/units').catch(() => []);
    }
    resultReturn.renderPoints(points);
    resultReturn.setChoice(tracking.resultReturn);
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
// back from the national payment platform (?orderId=...): the dossier code the applicant was paying for
$('dossierCode').value = params().get('ma') ?? (params().has('orderId')
  ? sessionStorage.getItem('motcua.tracking.code') ?? '' : '');

