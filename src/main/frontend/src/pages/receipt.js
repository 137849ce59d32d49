// The receipt right after an online submission: what the submission page left in this tab's sessionStorage, and the
// online submission receipt as PDF (POST /api/v1/tracking/slips/online-receipt with the code and ID number).
import { api, describe } from '../js/api.js';
import { lang, t } from '../js/i18n.js';
import { dateTime, fileSize, initPage, onLanguage, RECEIPT_KEY, say, saveResponse } from '../js/ui.js';

initPage();
const $ = (id) => document.getElementById(id);

function stored() {
  try {
    const receipt = JSON.parse(sessionStorage.getItem(RECEIPT_KEY) ?? 'null');
    return receipt && receipt.code ? receipt : null;
  } catch {
    return null;
  }
}

const receipt = stored();
let downloaded = null;
let failure = null;

function render() {
  if (!receipt) {
    $('receipt-missing').hidden = false;
    return;
  }
  $('receipt').hidden = false;
  $('receipt-code').textContent = receipt.code;
  $('receipt-procedure').textContent = `${receipt.procedureName} (${receipt.procedureCode})`;
  $('receipt-procedure').lang = 'vi';
  $('receipt-unit').textContent = lang() === 'en' ? receipt.unitNameEn : receipt.unitName;
  $('receipt-received').textContent = dateTime(receipt.receivedAt);
  $('receipt-due').textContent = dateTime(receipt.dueAt);
  $('receipt-files').textContent = receipt.files.length
    ? receipt.files.map((f) => `${f.name} (${fileSize(f.size)})`).join('; ')
    : t('submit.files.none');
  const reused = receipt.reused ?? [];
  $('receipt-reused-row').hidden = reused.length === 0;
  $('receipt-reused').textContent = reused.map((r) => t('receipt.reusedItem', { paper: r.paper, code: r.code })).join('; ');
  $('receipt-identity').textContent = t(receipt.identityChecked ? 'receipt.identity.yes' : 'receipt.identity.no');
  // the choice in the words of the language it was made in (the page's language at submission)
  $('receipt-return-row').hidden = !receipt.resultReturn;
  $('receipt-return').textContent = receipt.resultReturn ?? '';
  $('receipt-track').href = `/tra-cuu?ma=${encodeURIComponent(receipt.code)}`;
  const status = $('receipt-download');
  if (failure) {
    say(status, describe(failure), 'error');
  } else if (downloaded) {
    say(status, t('download.done', { name: downloaded }), 'success');
  }
}

$('receipt-pdf').addEventListener('click', async () => {
  const status = $('receipt-download');
  say(status, t('download.pending'));
  failure = null;
  try {
    const response = await api('/api/v1/tracking/slips/online-receipt', {
      method: 'POST', json: { dossierCode: receipt.code, idNumber: receipt.idNumber }, raw: true
    });
    downloaded = await saveResponse(response, `${receipt.code}-bien-nhan-truc-tuyen.pdf`);
  } catch (e) {
    failure = e;
  }
  render();
});
onLanguage(render);
