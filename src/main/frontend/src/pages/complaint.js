// Complaints and recommendations (phản ánh, kiến nghị): send one about the applicant's dossier (dossier code + ID
// number, as tracking) or about a procedure (name + ID number), then read the answer with the complaint's code and
// the ID number and rate it (POST /api/v1/tracking/complaints, /api/v1/complaints, /complaints/status, /rating).
import { api, ApiError, describe } from '../js/api.js';
import { pick, t } from '../js/i18n.js';
import { initPage, params, say, showFormErrors } from '../js/ui.js';
import { complaintCard } from '../js/complaints.js';

initPage();
const $ = (id) => document.getElementById(id);
const DOSSIER = /^[0-9A-Z]+(\.[0-9A-Z]+)*-\d{6}-\d{4}$/;
const PROCEDURE = /^\d+\.\d+$/;
const COMPLAINT = /^PAKN-\d{8}-\d{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// what each form last showed, re-rendered when the language changes
const state = { send: { errors: [] }, lookup: { errors: [] } };

function text(item) {
  if (item.error) {
    return describe(item.error);
  }
  return item.key ? t(item.key, item.params) : pick(item.vi, item.en);
}

function showErrors(which, items, focus = true) {
  state[which].errors = items;
  showFormErrors($(which === 'send' ? 'complaint-form' : 'lookup-form'),
    $(which === 'send' ? 'complaint-errors' : 'lookup-errors'), items, text, focus);
}

/** The API's field errors on this page's fields; the rest in the summary only. */
function apiErrors(e, fields) {
  if (e instanceof ApiError && e.errors.length) {
    return e.errors.map((x) => ({ target: fields[x.field] ?? null, vi: x.messageVi, en: x.messageEn }));
  }
  return [{ target: null, error: e }];
}

function subject() {
  return document.querySelector('input[name=subject]:checked').value;
}

function showSubject() {
  $('dossier-fields').hidden = subject() !== 'DOSSIER';
  $('procedure-fields').hidden = subject() !== 'PROCEDURE';
}

function sendProblems(v) {
  const items = [];
  const required = (target, value) => {
    if (!value) {
      items.push({ target, key: 'error.required' });
      return false;
    }
    return true;
  };
  if (v.subject === 'DOSSIER') {
    if (required('dossierCode', v.dossierCode) && !DOSSIER.test(v.dossierCode)) {
      items.push({ target: 'dossierCode', key: 'tracking.code.invalid' });
    }
  } else {
    if (required('procedureCode', v.procedureCode) && !PROCEDURE.test(v.procedureCode)) {
      items.push({ target: 'procedureCode', key: 'complaint.procedureCode.invalid' });
    }
    required('fullName', v.fullName);
    if (v.email && !EMAIL.test(v.email)) {
      items.push({ target: 'email', key: 'submit.email.invalid' });
    }
  }
  if (required('idNumber', v.idNumber) && !/^\d{12}$/.test(v.idNumber)) {
    items.push({ target: 'idNumber', key: 'submit.idNumber.invalid' });
  }
  if (required('content', v.content) && v.content.length > 4000) {
    items.push({ target: 'content', key: 'complaint.content.tooLong' });
  }
  return items;
}

function renderSent() {
  const sent = state.send.filed;
  if (state.send.failure) {
    say($('complaint-status'), describe(state.send.failure), 'error');
  } else if (sent) {
    say($('complaint-status'), t('complaint.sent', { code: sent.code, due: day(sent.dueAt) }), 'success');
  } else {
    say($('complaint-status'), '');
  }
}

function day(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

$('complaint-form').addEventListener('change', (event) => {
  if (event.target.name === 'subject') {
    showSubject();
  }
});

$('complaint-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const v = {
    subject: subject(),
    kind: document.querySelector('input[name=kind]:checked').value,
    dossierCode: $('dossierCode').value.trim().toUpperCase(),
    procedureCode: $('procedureCode').value.trim(),
    fullName: $('fullName').value.trim(),
    email: $('email').value.trim(),
    phone: $('phone').value.trim(),
    idNumber: $('idNumber').value.trim(),
    content: $('content').value.trim()
  };
  $('dossierCode').value = v.dossierCode;
  state.send = { errors: [] };
  renderSent();
  const items = sendProblems(v);
  showErrors('send', items);
  if (items.length) {
    return;
  }
  say($('complaint-status'), t('loading'));
  $('complaint-send').disabled = true;
  try {
    const filed = v.subject === 'DOSSIER'
      ? await api('/api/v1/tracking/complaints', {
        method: 'POST', json: { dossierCode: v.dossierCode, idNumber: v.idNumber, kind: v.kind, content: v.content }
      })
      : await api('/api/v1/complaints', {
        method: 'POST',
        json: {
          procedureCode: v.procedureCode, kind: v.kind, fullName: v.fullName, idNumber: v.idNumber,
          email: v.email || null, phone: v.phone || null, content: v.content
        }
      });
    state.send = { errors: [], filed };
    $('content').value = '';
    // ready to read the answer later
    $('lookupCode').value = filed.code;
    $('lookupIdNumber').value = v.idNumber;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      showErrors('send', [{ target: null, key: 'tracking.notFound' }]);
    } else if (e instanceof ApiError && e.errors.length) {
      showErrors('send', apiErrors(e, {
        dossierCode: 'dossierCode', idNumber: 'idNumber', procedureCode: 'procedureCode', fullName: 'fullName',
        email: 'email', phone: 'phone', content: 'content'
      }));
    } else {
      state.send = { errors: [], failure: e };
    }
  } finally {
    $('complaint-send').disabled = false;
  }
  renderSent();
});

// reading the answer, and rating it
function renderFound() {
  const found = state.lookup.found;
  $('complaint-found').hidden = !found;
  if (!found) {
    $('complaint-found').replaceChildren();
    return;
  }
  $('complaint-found').replaceChildren(complaintCard(found, {
    rated: state.lookup.rated,
    onRate: (rating) => rate(rating)
  }));
}

async function rate(rating) {
  const asked = state.lookup.asked;
  try {
    state.lookup.found = await api('/api/v1/complaints/rating', { method: 'POST', json: { ...asked, rating } });
    state.lookup.rated = { done: true };
  } catch (e) {
    state.lookup.rated = { failure: e };
  }
  renderFound();
}

$('lookup-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = $('lookupCode').value.trim().toUpperCase();
  const idNumber = $('lookupIdNumber').value.trim();
  $('lookupCode').value = code;
  state.lookup = { errors: [] };
  renderFound();
  const items = [];
  if (!code) {
    items.push({ target: 'lookupCode', key: 'error.required' });
  } else if (!COMPLAINT.test(code)) {
    items.push({ target: 'lookupCode', key: 'complaint.code.invalid' });
  }
  if (!idNumber) {
    items.push({ target: 'lookupIdNumber', key: 'error.required' });
  } else if (!/^\d{12}$/.test(idNumber)) {
    items.push({ target: 'lookupIdNumber', key: 'submit.idNumber.invalid' });
  }
  showErrors('lookup', items);
  if (items.length) {
    return;
  }
  say($('lookup-status'), t('loading'));
  try {
    const asked = { code, idNumber };
    state.lookup = { errors: [], asked, found: await api('/api/v1/complaints/status', { method: 'POST', json: asked }) };
    say($('lookup-status'), '');
    renderFound();
    $('complaint-found').focus();
  } catch (e) {
    say($('lookup-status'), '');
    if (e instanceof ApiError && e.status === 404) {
      showErrors('lookup', [{ target: null, key: 'complaint.notFound' }]);
    } else {
      showErrors('lookup', apiErrors(e, { code: 'lookupCode', idNumber: 'lookupIdNumber' }));
    }
  }
});

document.addEventListener('langchange', () => {
  renderSent();
  renderFound();
  for (const which of ['send', 'lookup']) {
    if (state[which].errors.length) {
      showErrors(which, state[which].errors, false);
    }
  }
});

// from tracking (?ma=<dossier code>) or a procedure's page (?thu-tuc=<procedure code>)
if (params().has('thu-tuc')) {
  document.querySelector('input[name=subject][value=PROCEDURE]').checked = true;
  $('procedureCode').value = params().get('thu-tuc');
} else {
  $('dossierCode').value = params().get('ma') ?? '';
}
showSubject();
