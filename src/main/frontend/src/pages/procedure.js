// One procedure: its facts, time limits and fees per channel, documents and form fields (GET /api/v1/procedures/{code}).
import { api, describe } from '../js/api.js';
import { lang, t } from '../js/i18n.js';
import { el, initPage, fee, onLanguage, params, say } from '../js/ui.js';

initPage();
const status = document.getElementById('procedure-status');
const article = document.getElementById('procedure');

/** /thu-tuc/1.001193, or /thu-tuc/chi-tiet?ma=1.001193 */
function codeFromUrl() {
  const fromPath = /^\/thu-tuc\/([^/]+)$/.exec(window.location.pathname);
  const code = fromPath ? decodeURIComponent(fromPath[1]) : params().get('ma');
  return code && code !== 'chi-tiet' ? code.trim() : '';
}

const code = codeFromUrl();
let procedure = null;
let failure = null;

function render() {
  if (!code) {
    say(status, t('procedure.missing'), 'error');
    return;
  }
  if (failure) {
    say(status, describe(failure), 'error');
    return;
  }
  if (!procedure) {
    return;
  }
  say(status, '');
  article.hidden = false;
  document.title = `${procedure.name} – ${t('site.name')}`;
  const name = document.getElementById('procedure-name');
  name.textContent = procedure.name;
  name.lang = 'vi';
  document.getElementById('procedure-code').textContent = procedure.code;
  document.getElementById('procedure-field').textContent = procedure.field;
  document.getElementById('procedure-field').lang = 'vi';
  document.getElementById('procedure-level').textContent = t(`level.${procedure.level}`);
  document.getElementById('procedure-agency').textContent = procedure.agency;
  document.getElementById('procedure-agency').lang = 'vi';
  document.getElementById('procedure-terms').replaceChildren(...procedure.channels.map((c) => el('tr', {},
    el('th', { scope: 'row', text: t(`channel.${c.channel}`) }),
    el('td', { text: lang() === 'en' ? c.timeLimitEn : c.timeLimitVi }),
    el('td', { text: fee(c) }))));
  const documents = document.getElementById('procedure-documents');
  documents.replaceChildren(...(procedure.documents.length
    ? procedure.documents.map((d) => el('li', { lang: 'vi', text: d }))
    : [el('li', { text: t('procedure.documents.none') })]));
  document.getElementById('procedure-fields').replaceChildren(...procedure.fields.map((f) => el('li', {},
    el('span', { lang: 'vi', text: f.label }), f.required ? ` ${t('procedure.required')}` : '')));
  const online = procedure.channels.some((c) => c.channel === 'ONLINE');
  document.getElementById('procedure-cta').replaceChildren(online
    ? el('a', { class: 'button button--primary', href: `/nop-ho-so?ma=${encodeURIComponent(procedure.code)}`,
      text: t('procedure.submit') })
    : el('p', { class: 'notice', text: t('procedure.noOnline') }));
}

if (code) {
  try {
    procedure = await api(`/api/v1/procedures/${encodeURIComponent(code)}`);
  } catch (e) {
    failure = e;
  }
}
onLanguage(render);
