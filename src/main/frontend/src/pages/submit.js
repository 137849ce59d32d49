// Online submission: the applicant, an identity check against the National Population Database, the receiving
// point, the procedure's own Camunda Form (rendered by the form-js viewer from GET /api/v1/procedures/{code}/form,
// the model the analysts edit), attachments, and one multipart POST /api/v1/dossiers.
import { Form } from '@bpmn-io/form-js-viewer';
import { api, ApiError, describe } from '../js/api.js';
import { vietnameseDates } from '../js/formjs-dates.js';
import { describeFilePickers, speakVietnamese } from '../js/formjs-vi.js';
import { lang, pick, t } from '../js/i18n.js';
import * as resultReturn from '../js/result-return.js';
import {
  clearFieldErrors, el, fileSize, hideErrorSummary, initPage, params, RECEIPT_KEY, say, setFieldError, showErrorSummary,
  withLabel
} from '../js/ui.js';

const MAX_FILES = 30;
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_TOTAL_BYTES = 20 * 1024 * 1024;
/** The same signatures the server checks: the type is read from the content, not the name. */
const SIGNATURES = [
  { type: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { type: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
];

vietnameseDates();
initPage();
const code = (params().get('ma') ?? '').trim();
const $ = (id) => document.getElementById(id);
const status = $('submit-status');
const summary = $('error-summary');
const unitSelect = $('receivingUnit');
const fileInput = $('attachments');

let procedure = null;
let schema = null;
let units = [];
let form = null;
/** [{file, problem: {key, params} | null}] */
let chosen = [];
// required documents reused from the applicant's earlier signed results: { key, code } per row
let reuses = [];
/** the last identity answer, to show it again in the other language */
let identity = null;
/** the last errors, to show them again in the other language: [{target, key, params} | {target, vi, en}] */
let errors = [];

function text(item) {
  if (item.error) {
    return describe(item.error);
  }
  return item.key ? t(item.key, item.params) : pick(item.vi, item.en);
}

function showErrors(items, { focus = true } = {}) {
  errors = items;
  clearFieldErrors($('submission'));
  $('procedure-form-error').hidden = true;
  if (!items.length) {
    hideErrorSummary(summary);
    return;
  }
  const byTarget = new Map();
  for (const item of items) {
    if (item.target && !byTarget.has(item.target)) {
      byTarget.set(item.target, text(item));
    }
  }
  for (const [target, message] of byTarget) {
    if (target === 'procedure-form') {
      $('procedure-form-error').textContent = message;
      $('procedure-form-error').hidden = false;
    } else {
      setFieldError(target, message);
    }
  }
  const list = items.map((item) => ({ target: item.target, message: withLabel(item.target, text(item)) }));
  if (focus) {
    showErrorSummary(summary, list);
  } else {
    const wasHidden = summary.hidden;
    showErrorSummary(summary, list);
    if (wasHidden) {
      summary.blur();
    }
  }
}

// --- loading ---------------------------------------------------------------------------------------------------

async function load() {
  if (!code) {
    say(status, t('procedure.missing'), 'error');
    status.append(' ', el('a', { href: '/thu-tuc', text: t('nav.catalog') }));
    return false;
  }
  try {
    procedure = await api(`/api/v1/procedures/${encodeURIComponent(code)}`);
  } catch (e) {
    say(status, e instanceof ApiError && e.status === 404 ? t('submit.noProcedure', { code }) : describe(e), 'error');
    status.append(' ', el('a', { href: '/thu-tuc', text: t('nav.catalog') }));
    return false;
  }
  if (!procedure.channels.some((c) => c.channel === 'ONLINE')) {
    say(status, t('submit.notOnline'), 'error');
    status.append(' ', el('a', { href: `/thu-tuc/${encodeURIComponent(code)}`, text: t('procedure.title') }));
    return false;
  }
  try {
    [schema, units] = await Promise.all([
      api(`/api/v1/procedures/${encodeURIComponent(code)}/form`),
      api('/api/v1/units')
    ]);
  } catch (e) {
    say(status, describe(e), 'error');
    return false;
  }
  say(status, '');
  $('submission').hidden = false;
  const subtitle = $('submit-procedure');
  subtitle.replaceChildren(el('span', { lang: 'vi', text: procedure.name }), ` (${procedure.code})`);
  renderUnits();
  resultReturn.renderPoints(units);
  resultReturn.wire();
  const needed = $('files-needed-list');
  needed.replaceChildren(...procedure.documents.map((d) => el('li', { text: d })));
  $('files-needed').hidden = procedure.documents.length === 0;
  $('reuse-field').hidden = documentFields().length === 0;
  form = new Form({ container: $('procedure-form') });
  speakVietnamese($('procedure-form'));
  describeFilePickers($('procedure-form'), schema);
  await form.importSchema(schema);
  return true;
}

function renderUnits() {
  const selected = unitSelect.value;
  const choose = unitSelect.options[0];
  unitSelect.replaceChildren(choose, ...units.map((u) => el('option', {
    value: u.code,
    lang: lang() === 'en' ? 'en' : 'vi',
    text: lang() === 'en' ? u.nameEn : u.name
  })));
  unitSelect.value = selected;
}

// --- identity check --------------------------------------------------------------------------------------------

function renderIdentity() {
  const box = $('identity-result');
  if (!identity) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.dataset.kind = identity.result === 'FOUND' ? 'success' : identity.result === 'NOT_FOUND' ? 'error' : 'warning';
  box.textContent = pick(identity.messageVi, identity.messageEn);
}

function applicantProblems() {
  const items = [];
  const idNumber = $('idNumber').value.trim();
  if (!idNumber) {
    items.push({ target: 'idNumber', key: 'error.required' });
  } else if (!/^\d{12}$/.test(idNumber)) {
    items.push({ target: 'idNumber', key: 'submit.idNumber.invalid' });
  }
  if (!$('fullName').value.trim()) {
    items.push({ target: 'fullName', key: 'error.required' });
  }
  return items;
}

async function checkIdentity() {
  const problems = applicantProblems();
  if (problems.length) {
    showErrors(problems);
    return;
  }
  showErrors([]);
  const box = $('identity-result');
  box.hidden = false;
  box.dataset.kind = 'info';
  box.textContent = t('submit.check.pending');
  try {
    identity = await api('/api/v1/identity-checks', {
      method: 'POST',
      json: { idNumber: $('idNumber').value.trim(), fullName: $('fullName').value.trim() }
    });
    renderIdentity();
  } catch (e) {
    identity = null;
    box.hidden = true;
    showErrors(serverErrors(e));
  }
}

// --- attachments -----------------------------------------------------------------------------------------------

async function sniff(file) {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.type ?? null;
}

async function addFiles(list) {
  for (const file of list) {
    if (chosen.some((c) => c.file.name === file.name && c.file.size === file.size)) {
      continue;
    }
    let problem = null;
    if (file.size === 0) {
      problem = { key: 'submit.files.empty', params: { name: file.name } };
    } else if (file.size > MAX_FILE_BYTES) {
      problem = { key: 'submit.files.tooBig', params: { name: file.name } };
    } else if (!(await sniff(file))) {
      problem = { key: 'submit.files.type', params: { name: file.name } };
    }
    chosen.push({ file, problem });
  }
  fileInput.value = '';
  renderFiles();
  const problems = chosen.filter((c) => c.problem).map((c) => ({ target: 'attachments', ...c.problem }));
  if (problems.length) {
    showErrors(problems);
  } else if (errors.some((e) => e.target === 'attachments')) {
    showErrors(errors.filter((e) => e.target !== 'attachments'), { focus: false });
  }
}

function renderFiles() {
  const list = $('chosen-files');
  if (!chosen.length) {
    list.replaceChildren(el('li', { class: 'muted', text: t('submit.files.none') }));
    return;
  }
  list.replaceChildren(...chosen.map((c, index) => el('li', { class: c.problem ? 'chosen-file chosen-file--bad' : 'chosen-file' },
    el('span', { class: 'chosen-file-name', text: c.file.name }),
    el('span', { class: 'muted', text: ` (${fileSize(c.file.size)})` }),
    c.problem ? el('span', { class: 'chosen-file-problem', text: ` – ${t(c.problem.key, c.problem.params)}` }) : null,
    el('button', {
      type: 'button',
      class: 'link-button',
      'aria-label': t('submit.files.remove', { name: c.file.name }),
      text: t('submit.files.removeShort'),
      onclick: () => {
        chosen.splice(index, 1);
        renderFiles();
        fileInput.focus();
      }
    }))));
}

// --- reused papers ---------------------------------------------------------------------------------------------

/** The form's document fields (one filepicker per required document): { id, key, label }. */
function documentFields() {
  const found = [];
  const walk = (components) => (components ?? []).forEach((c) => {
    if (c.type === 'filepicker' && c.key) found.push({ id: c.id, key: c.key, label: c.label ?? c.key });
    walk(c.components);
  });
  walk(schema?.components);
  return found;
}

function renderReuses() {
  const fields = documentFields();
  $('reused-papers').replaceChildren(...reuses.map((reuse, index) => el('li', { class: 'reused-paper' },
    el('label', { for: `reuse-paper-${index}`, text: t('submit.reuse.paper') }),
    el('select', {
      id: `reuse-paper-${index}`,
      lang: 'vi',
      onchange: (e) => {
        reuse.key = e.target.value;
        syncReusedFields();
      }
    }, ...fields.map((f) => el('option', { value: f.key, text: f.label, selected: f.key === reuse.key }))),
    el('label', { for: `reuse-code-${index}`, text: t('submit.reuse.code') }),
    el('input', {
      id: `reuse-code-${index}`,
      type: 'text',
      maxlength: '40',
      autocomplete: 'off',
      placeholder: 'H36.24781-250101-0001',
      value: reuse.code,
      oninput: (e) => { reuse.code = e.target.value; }
    }),
    el('button', {
      type: 'button',
      class: 'link-button',
      text: t('submit.reuse.remove'),
      onclick: () => {
        reuses.splice(index, 1);
        renderReuses();
        syncReusedFields();
        $('add-reused-paper').focus();
      }
    }))));
}

/**
 * A reused document's upload field is disabled in the form: form-js then neither requires nor sends its files, and the
 * applicant sees that this paper is not uploaded. form-js re-renders on a state change; `_setState` (internal to
 * form-js 1.x) is the one place this page reaches into it.
 */
function syncReusedFields() {
  if (!form) return;
  const registry = form.get('formFieldRegistry');
  const reused = new Set(reuses.map((r) => r.key));
  const fields = documentFields();
  let changed = false;
  for (const f of fields) {
    const field = registry.get(f.id);
    const disabled = reused.has(f.key);
    if (field && Boolean(field.disabled) !== disabled) {
      field.disabled = disabled;
      changed = true;
    }
  }
  if (changed) {
    const reusedIds = new Set(fields.filter((f) => reused.has(f.key)).map((f) => f.id));
    const errors = Object.fromEntries(Object.entries(form._getState().errors ?? {}).filter(([id]) => !reusedIds.has(id)));
    form._setState({ errors });
  }
}

function addReuse() {
  const fields = documentFields();
  // the first document neither reused nor given a file yet
  const data = form?._getState().data ?? {};
  const free = fields.find((f) => !reuses.some((r) => r.key === f.key) && !String(data[f.key] ?? '').startsWith('files::'))
    ?? fields.find((f) => !reuses.some((r) => r.key === f.key)) ?? fields[0];
  if (!free) return;
  reuses.push({ key: free.key, code: '' });
  renderReuses();
  syncReusedFields();
  document.getElementById(`reuse-paper-${reuses.length - 1}`)?.focus();
}

function reuseProblems(documentFiles) {
  const labels = new Map(documentFields().map((f) => [f.key, f.label]));
  const items = [];
  const seen = new Set();
  for (const reuse of reuses) {
    const paper = labels.get(reuse.key) ?? reuse.key;
    if (!reuse.code.trim()) items.push({ target: 'reused-papers', key: 'submit.reuse.codeMissing', params: { paper } });
    else if (seen.has(reuse.key)) items.push({ target: 'reused-papers', key: 'submit.reuse.twice', params: { paper } });
    else if (documentFiles.some((d) => d.key === reuse.key)) items.push({ target: 'reused-papers', key: 'submit.reuse.bothWays', params: { paper } });
    seen.add(reuse.key);
  }
  return items;
}

// --- submission ------------------------------------------------------------------------------------------------

function formLabels() {
  const labels = new Map();
  const walk = (components) => (components ?? []).forEach((c) => {
    labels.set(c.id, c.label ?? c.dateLabel ?? c.key ?? c.id);
    walk(c.components);
  });
  walk(schema.components);
  return labels;
}

function clientProblems(formErrors, documentFiles = []) {
  const items = applicantProblems();
  const email = $('email').value.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    items.push({ target: 'email', key: 'submit.email.invalid' });
  }
  const phone = $('phone').value.trim();
  if (phone && !/^\+?[0-9 .-]{8,20}$/.test(phone)) {
    items.push({ target: 'phone', key: 'submit.phone.invalid' });
  }
  if (!unitSelect.value) {
    items.push({ target: 'receivingUnit', key: 'submit.unit.missing' });
  }
  const bad = Object.keys(formErrors ?? {});
  if (bad.length) {
    const labels = formLabels();
    items.push({ target: 'procedure-form', key: 'submit.form.invalid', params: { fields: bad.map((id) => labels.get(id) ?? id).join(', ') } });
  }
  if (chosen.length + documentFiles.length > MAX_FILES) {
    items.push({ target: 'attachments', key: 'submit.files.tooMany' });
  }
  chosen.filter((c) => c.problem).forEach((c) => items.push({ target: 'attachments', ...c.problem }));
  if ([...chosen.map((c) => c.file), ...documentFiles.map((d) => d.file)].reduce((sum, f) => sum + f.size, 0) > MAX_TOTAL_BYTES) {
    items.push({ target: 'attachments', key: 'submit.files.total' });
  }
  items.push(...resultReturn.choiceProblems());
  if (!$('declaration').checked) {
    items.push({ target: 'declaration', key: 'submit.declare.missing' });
  }
  return items;
}

const FIELD_TARGETS = {
  'applicant.idNumber': 'idNumber',
  idNumber: 'idNumber',
  'applicant.fullName': 'fullName',
  fullName: 'fullName',
  'applicant.email': 'email',
  'applicant.phone': 'phone',
  receivingUnitCode: 'receivingUnit'
};

function serverErrors(error) {
  if (!(error instanceof ApiError) || !error.errors.length) {
    return [{ target: null, error }];
  }
  return error.errors.map((e) => {
    let target = FIELD_TARGETS[e.field] ?? null;
    if (e.field?.startsWith('formData') || e.field?.startsWith('documents')) target = 'procedure-form';
    if (e.field?.startsWith('attachments')) target = 'attachments';
    if (e.field?.startsWith('reusedPapers')) target = 'reused-papers';
    target = resultReturn.targetOf(e.field) ?? target;
    return { target, vi: e.messageVi, en: e.messageEn };
  });
}

async function submit() {
  const button = $('submit-dossier');
  // the form's document fields (form-js filepickers, one per required document) hand over their files; their
  // values ("files::…") are references to them, not form data: each document's files go in a part named by the
  // field's key, so the server knows which document each file is and checks that none is missing
  const { data, errors: allFormErrors, files } = form.submit();
  const documentFiles = Object.entries(data)
    .filter(([, v]) => typeof v === 'string' && v.startsWith('files::'))
    .flatMap(([key, ref]) => (files?.get(ref) ?? []).map((file) => ({ key, file })));
  // a document reused from an earlier signed result needs no file: its required filepicker is not an error
  const reusedIds = new Set(documentFields().filter((f) => reuses.some((r) => r.key === f.key)).map((f) => f.id));
  const formErrors = Object.fromEntries(Object.entries(allFormErrors ?? {}).filter(([id]) => !reusedIds.has(id)));
  const problems = [...clientProblems(formErrors, documentFiles), ...reuseProblems(documentFiles)];
  if (problems.length) {
    showErrors(problems);
    return;
  }
  showErrors([]);
  const formData = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ''
    && !(typeof v === 'string' && v.startsWith('files::'))));
  const applicant = { idNumber: $('idNumber').value.trim(), fullName: $('fullName').value.trim() };
  if ($('email').value.trim()) applicant.email = $('email').value.trim();
  if ($('phone').value.trim()) applicant.phone = $('phone').value.trim();
  const body = new FormData();
  body.append('dossier', new Blob([JSON.stringify({
    procedureCode: procedure.code, applicant, receivingUnitCode: unitSelect.value, channel: 'ONLINE', formData,
    resultReturn: resultReturn.readChoice(),
    reusedPapers: reuses.map((r) => ({ documentKey: r.key, dossierCode: r.code.trim() }))
  })], { type: 'application/json' }));
  documentFiles.forEach(({ key, file }) => body.append(key, file, file.name));
  chosen.forEach((c) => body.append('attachments', c.file, c.file.name));

  button.disabled = true;
  const progress = $('submit-progress');
  say(progress, t('submit.sending'));
  try {
    const submitted = await api('/api/v1/dossiers', { method: 'POST', body });
    const unit = units.find((u) => u.code === submitted.receivingUnitCode);
    sessionStorage.setItem(RECEIPT_KEY, JSON.stringify({
      code: submitted.code,
      receivedAt: submitted.receivedAt,
      dueAt: submitted.dueAt,
      procedureCode: procedure.code,
      procedureName: procedure.name,
      unitName: unit?.name ?? submitted.receivingUnitCode,
      unitNameEn: unit?.nameEn ?? submitted.receivingUnitCode,
      identityChecked: submitted.identityChecked,
      resultReturn: resultReturn.describeChoice(resultReturn.readChoice(), units),
      files: [...documentFiles.map((d) => d.file), ...chosen.map((c) => c.file)].map((f) => ({ name: f.name, size: f.size })),
      reused: reuses.map((r) => ({ paper: documentFields().find((f) => f.key === r.key)?.label ?? r.key, code: r.code.trim() })),
      idNumber: applicant.idNumber
    }));
    window.location.assign('/bien-nhan');
  } catch (e) {
    say(progress, '');
    showErrors(serverErrors(e));
    button.disabled = false;
  }
}

// --- start -----------------------------------------------------------------------------------------------------

$('check-identity').addEventListener('click', checkIdentity);
// an answer about other digits or another name would mislead: it goes when they change
for (const id of ['idNumber', 'fullName']) {
  $(id).addEventListener('input', () => {
    identity = null;
    renderIdentity();
  });
}
fileInput.addEventListener('change', () => addFiles([...fileInput.files]));
$('submit-dossier').addEventListener('click', submit);
$('add-reused-paper').addEventListener('click', addReuse);
document.addEventListener('langchange', () => {
  renderUnits();
  resultReturn.renderPoints(units);
  renderFiles();
  renderReuses();
  renderIdentity();
  if (errors.length) {
    showErrors(errors, { focus: false });
  }
});
if (await load()) {
  renderFiles();
}
