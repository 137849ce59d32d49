// Catalog search: GET /api/v1/procedures?q=&level=&field= (the API ignores case and Vietnamese diacritics). With
// nothing asked yet, the page offers the fields to browse (GET /api/v1/procedures/fields) instead of the whole
// catalog, which is large.
import { api, describe } from '../js/api.js';
import { lang, t } from '../js/i18n.js';
import { clearFieldErrors, el, initPage, fee, params, say, setFieldError } from '../js/ui.js';

initPage();
const form = document.getElementById('catalog-search');
const q = document.getElementById('q');
const level = document.getElementById('level');
const field = document.getElementById('field');
const results = document.getElementById('results');
const status = document.getElementById('results-status');

const PAGE = 50;
const onlineOnly = params().get('online') === '1';
let fields = [];
/** what the page shows: the fields to browse, or the result of a search */
let state = { browse: true, found: null, failure: null, query: '' };
let shownCount = PAGE;

// long result lists come 50 at a time; the next item takes the focus so keyboard users continue from there
const more = el('button', { type: 'button', class: 'button button--secondary', hidden: true });
results.after(more);
more.addEventListener('click', () => {
  const first = shownCount;
  shownCount += PAGE;
  render();
  results.children[first]?.querySelector('a')?.focus();
});

function problemWith(text) {
  if (text.length > 100) {
    return 'catalog.q.tooLong';
  }
  if (text && !/[\p{L}\p{N}]/u.test(text)) {
    return 'catalog.q.noLetters';
  }
  return null;
}

function renderBrowse() {
  const total = fields.reduce((sum, f) => sum + f.count, 0);
  say(status, t('catalog.browse', { n: new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'vi-VN').format(total) }));
  results.replaceChildren(...fields.map((f) => el('li', { class: 'result result--field' },
    el('a', { href: `/thu-tuc?field=${encodeURIComponent(f.field)}`, lang: 'vi', text: f.field }),
    ` (${t('catalog.fieldCount', { n: f.count })})`)));
  more.hidden = true;
}

function render() {
  if (state.failure) {
    say(status, describe(state.failure), 'error');
    results.replaceChildren();
    more.hidden = true;
    return;
  }
  if (state.browse) {
    renderBrowse();
    return;
  }
  if (!state.found) {
    return;
  }
  const shown = onlineOnly ? state.found.filter((p) => p.channels.some((c) => c.channel === 'ONLINE')) : state.found;
  if (shown.length === 0) {
    say(status, state.query ? t('catalog.none', { q: state.query }) : t('catalog.none.filters'), 'error');
  } else {
    say(status, t('catalog.count', { n: shown.length }));
  }
  results.replaceChildren(...shown.slice(0, shownCount).map((p) => {
    const online = p.channels.find((c) => c.channel === 'ONLINE');
    return el('li', { class: 'result' },
      el('h3', {}, el('a', { href: `/thu-tuc/${encodeURIComponent(p.code)}`, lang: 'vi', text: p.name })),
      el('p', { class: 'muted' }, `${t('catalog.code')}: ${p.code} · `, el('span', { lang: 'vi', text: p.field }),
        ` · ${t(`level.${p.level}`)}`),
      online ? el('p', {}, el('span', { class: 'tag', text: t('catalog.online') }),
        ` ${lang() === 'en' ? online.timeLimitEn : online.timeLimitVi} · ${fee(online)}`)
        : null);
  }));
  more.hidden = shown.length <= shownCount;
  more.textContent = t('catalog.more', { n: Math.min(PAGE, shown.length - shownCount) });
}

async function search({ push }) {
  clearFieldErrors(form);
  const text = q.value.trim();
  const problem = problemWith(text);
  if (problem) {
    setFieldError('q', t(problem));
    state = { browse: false, found: null, failure: null, query: text };
    say(status, t(problem), 'error');
    results.replaceChildren();
    more.hidden = true;
    q.focus();
    return;
  }
  const query = new URLSearchParams();
  if (text) query.set('q', text);
  if (level.value) query.set('level', level.value);
  if (field.value) query.set('field', field.value);
  if (push) {
    const page = new URLSearchParams(query);
    if (onlineOnly) page.set('online', '1');
    history.replaceState(null, '', `/thu-tuc${page.size ? `?${page}` : ''}`);
  }
  shownCount = PAGE;
  if (query.size === 0 && fields.length) {
    state = { browse: true, found: null, failure: null, query: '' };
    render();
    return;
  }
  say(status, t('loading'));
  try {
    state = { browse: false, found: await api(`/api/v1/procedures?${query}`), failure: null, query: text };
  } catch (e) {
    state = { browse: false, found: null, failure: e, query: text };
  }
  render();
}

async function loadFields() {
  try {
    fields = await api('/api/v1/procedures/fields');
    field.append(...fields.map((f) => el('option', { value: f.field, lang: 'vi', text: f.field })));
  } catch {
    // the search still works without the field filter
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search({ push: true });
});
document.addEventListener('langchange', render);

const initial = params();
q.value = initial.get('q') ?? '';
level.value = ['PROVINCE', 'COMMUNE'].includes(initial.get('level')) ? initial.get('level') : '';
await loadFields();
field.value = initial.get('field') ?? '';
await search({ push: false });
