// Where the applicant receives the result (vn.motcua.dossier.ResultReturn): at the receiving point, at another
// receiving point of the province, by public post to an address, or electronically. The same fields
// (src/partials/result-return.html) on the submission page and on the tracking page, where the choice is changed later.
import { lang, t } from './i18n.js';
import { el } from './ui.js';

const $ = (id) => document.getElementById(id);

/** The chosen method. */
export function chosenMethod() {
  return document.querySelector('input[name=resultReturnMethod]:checked')?.value ?? 'AT_RECEIVING_POINT';
}

/** Shows the point list or the address only for the method that needs it. */
export function showDetails() {
  const method = chosenMethod();
  $('resultReturnUnit-field').hidden = method !== 'AT_OTHER_POINT';
  $('resultReturnAddress-field').hidden = method !== 'POSTAL';
}

/** Fills the list of receiving points (GET /api/v1/units), keeping the selected one, in the page's language. */
export function renderPoints(units) {
  const select = $('resultReturnUnit');
  const selected = select.value;
  select.replaceChildren(select.options[0], ...units.map((u) => el('option', {
    value: u.code,
    lang: lang() === 'en' ? 'en' : 'vi',
    text: lang() === 'en' ? u.nameEn : u.name
  })));
  select.value = selected;
}

/** Sets the fields to a stored choice ({method, unitCode, postalAddress}). */
export function setChoice(choice) {
  const method = choice?.method ?? 'AT_RECEIVING_POINT';
  document.querySelectorAll('input[name=resultReturnMethod]').forEach((r) => { r.checked = r.value === method; });
  $('resultReturnUnit').value = choice?.unitCode ?? '';
  $('resultReturnAddress').value = choice?.postalAddress ?? '';
  showDetails();
}

/** The choice as the API takes it. */
export function readChoice() {
  const method = chosenMethod();
  const choice = { method };
  if (method === 'AT_OTHER_POINT') choice.unitCode = $('resultReturnUnit').value;
  if (method === 'POSTAL') choice.postalAddress = $('resultReturnAddress').value.trim();
  return choice;
}

/** What is missing before sending, as [{target, key}] (the server checks again). */
export function choiceProblems() {
  const choice = readChoice();
  if (choice.method === 'AT_OTHER_POINT' && !choice.unitCode) {
    return [{ target: 'resultReturnUnit', key: 'return.unit.missing' }];
  }
  if (choice.method === 'POSTAL' && !choice.postalAddress) {
    return [{ target: 'resultReturnAddress', key: 'return.address.missing' }];
  }
  return [];
}

/** The field a server error names (resultReturn.unitCode, resultReturn.postalAddress, unitCode…) on the page. */
export function targetOf(field) {
  if (!field) return null;
  if (field.endsWith('unitCode')) return 'resultReturnUnit';
  if (field.endsWith('postalAddress')) return 'resultReturnAddress';
  if (field.startsWith('resultReturn') || field === 'method') return 'resultReturn';
  return null;
}

/** A stored choice in words, in the page's language. */
export function describeChoice(choice, units) {
  const method = choice?.method ?? 'AT_RECEIVING_POINT';
  const words = t(`return.${method}`);
  if (method === 'AT_OTHER_POINT') {
    const unit = units.find((u) => u.code === choice.unitCode);
    return `${words}: ${unit ? (lang() === 'en' ? unit.nameEn : unit.name) : choice.unitCode}`;
  }
  if (method === 'POSTAL') {
    return `${words}: ${choice.postalAddress}`;
  }
  return words;
}

/** Wires the radios to show the right details. */
export function wire() {
  document.querySelectorAll('input[name=resultReturnMethod]').forEach((r) => r.addEventListener('change', showDetails));
  showDetails();
}
