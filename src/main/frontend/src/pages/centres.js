// The province's receiving points with their addresses and hotlines (GET /api/v1/units).
import { api, describe } from '../js/api.js';
import { lang, t } from '../js/i18n.js';
import { el, initPage, onLanguage, say } from '../js/ui.js';

initPage();
const list = document.getElementById('centres');
const status = document.getElementById('centres-status');
let units = null;
let failure = null;

function render() {
  if (failure) {
    say(status, describe(failure), 'error');
    return;
  }
  if (!units) {
    return;
  }
  say(status, units.length ? '' : t('centres.none'));
  list.replaceChildren(...units.map((u) => el('li', { class: 'card' },
    el('h2', { lang: lang() === 'en' ? 'en' : 'vi', text: lang() === 'en' ? u.nameEn : u.name }),
    el('p', { class: 'muted', text: `${t(`level.${u.level}`)} · ${t('centres.code')}: ${u.code}` }),
    el('dl', { class: 'facts facts--compact' },
      el('div', {}, el('dt', { text: t('centres.address') }), el('dd', { lang: 'vi', text: u.address })),
      el('div', {}, el('dt', { text: t('centres.hotline') }),
        el('dd', {}, el('a', { href: `tel:${u.hotline.replace(/[^0-9+]/g, '')}`, text: u.hotline })))))));
}

try {
  units = await api('/api/v1/units');
} catch (e) {
  failure = e;
}
onLanguage(render);
