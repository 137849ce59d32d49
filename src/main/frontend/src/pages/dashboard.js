// The leaders' 766 dashboard (GET /api/v1/reports/..., HTTP Basic with the officer's account, kept in memory only):
// score and groups, trend chart, the tables that lose points, overdue dossiers with drill-down, CSV / XLSX exports.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement,
  Legend, Tooltip } from 'chart.js';
import { lang, pick, t } from '../js/i18n.js';
import { dateTime, el, initPage, onLanguage, say } from '../js/ui.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend,
  Tooltip);
initPage();
const status = document.getElementById('dashboard-status');
const TABLES = ['units', 'procedures', 'overdue', 'indicators', 'fields', 'channels'];
let auth = null;
let view = null;
let chart = null;

async function get(path, raw = false) {
  const response = await fetch(path, { headers: { Authorization: auth, Accept: 'application/json, application/problem+json' },
    credentials: 'omit', cache: 'no-store' });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new Error(problem?.detail ?? problem?.title ?? `HTTP ${response.status}`);
  }
  return raw ? response : response.json();
}

const query = () => `from=${document.getElementById('from').value}&to=${document.getElementById('to').value}`;
const shown = (v) => (v === null || v === undefined ? t('dashboard.notMeasured') : v.toLocaleString('vi-VN'));

async function load() {
  say(status, t('loading'));
  try {
    const [score, months, ...tables] = await Promise.all([get(`/api/v1/reports/766?${query()}`),
      get(`/api/v1/reports/tables/months?${query()}`), ...TABLES.map((n) => get(`/api/v1/reports/tables/${n}?${query()}`))]);
    view = { score, months, tables };
    say(status, '');
    document.getElementById('login').hidden = true;
    document.getElementById('dashboard').hidden = false;
    render();
  } catch (e) {
    say(status, e.message, 'error');
  }
}

function render() {
  if (!view) {
    return;
  }
  const { score, months, tables } = view;
  document.getElementById('scope').textContent = score.province ? t('dashboard.scope.province')
    : t('dashboard.scope.units', { units: score.units.join(', ') });
  // dossiers projected before the other modules' facts were counted, still being read after an upgrade
  say(status, score.factsPending > 0 ? t('dashboard.factsPending', { n: score.factsPending.toLocaleString('vi-VN') }) : '');
  document.getElementById('score').replaceChildren(
    el('div', { class: 'card card--total', 'data-group': 'total' }, el('h2', { text: t('dashboard.total') }),
      el('p', { class: 'big', text: `${shown(score.total)} / ${score.measuredMax}` })),
    ...score.groups.map((g) => el('div', { class: 'card', 'data-group': g.code },
      el('h2', { text: `${g.code}. ${pick(g.nameVi, g.nameEn)}` }),
      el('p', { class: 'big', text: g.points == null ? t('dashboard.notMeasured') : `${shown(g.points)} / ${g.measuredPoints}` }),
      el('p', { class: 'muted', text: `max ${g.maxPoints}` }))));
  chart?.destroy();
  chart = new Chart(document.getElementById('trend'), {
    data: {
      labels: months.rows.map((r) => r[0]),
      datasets: [
        { type: 'bar', label: months.headingsVi[2], data: months.rows.map((r) => r[2]), yAxisID: 'y', backgroundColor: '#9cc3a9' },
        { type: 'line', label: months.headingsVi[7], data: months.rows.map((r) => (r[7] === '' ? null : r[7])), yAxisID: 'rate',
          borderColor: '#1f6f43' }]
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, position: 'left' }, rate: { min: 0, max: 100, position: 'right' } } }
  });
  document.getElementById('tables').replaceChildren(...tables.map(table));
}

function table(tb) {
  const headings = lang() === 'en' ? tb.headingsEn : tb.headingsVi;
  return el('section', { class: 'report-table', id: `table-${tb.name}` },
    el('h2', { text: pick(tb.titleVi, tb.titleEn) }),
    el('p', {}, el('button', { type: 'button', class: 'button button--small', 'data-export': `${tb.name}.csv`,
      onclick: () => download(`${tb.name}.csv`), text: t('dashboard.csv') }), ' ',
    el('button', { type: 'button', class: 'button button--small', 'data-export': `${tb.name}.xlsx`,
      onclick: () => download(`${tb.name}.xlsx`), text: t('dashboard.xlsx') })),
    el('div', { class: 'table-scroll' }, el('table', { class: 'data-table' },
      el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...tb.rows.map((r) => el('tr', {}, ...r.map((v, i) => el('td', { class: typeof v === 'number' ? 'num' : null },
        tb.name === 'overdue' && i === 0 ? el('a', { href: '#', onclick: (e) => { e.preventDefault(); dossier(v); }, text: v })
          : (typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v))))))))));
}

async function download(file) {
  try {
    const response = await get(`/api/v1/reports/tables/${file}?${query()}`, true);
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (e) {
    say(status, e.message, 'error');
  }
}

async function dossier(code) {
  const body = document.getElementById('dossier-body');
  try {
    const d = await get(`/api/v1/dossiers/${encodeURIComponent(code)}`);
    const dossierData = d.dossier ?? d;
    body.replaceChildren(el('h2', { text: t('dashboard.dossier', { code }) }),
      el('p', { text: `${dossierData.procedureName ?? ''}` }),
      el('ol', {}, ...(d.timeline ?? []).map((s) => el('li', { text: `${dateTime(s.occurredAt)} · ${s.step} · ${s.unitCode}` }))));
  } catch (e) {
    body.replaceChildren(el('p', { class: 'error', text: e.message }));
  }
  document.getElementById('dossier-dialog').showModal();
}

document.getElementById('dossier-close').addEventListener('click', () => document.getElementById('dossier-dialog').close());
const thisMonth = new Date().toISOString().slice(0, 7);
document.getElementById('from').value = `${thisMonth.slice(0, 4)}-01`;
document.getElementById('to').value = thisMonth;
document.getElementById('login').addEventListener('submit', (e) => {
  e.preventDefault();
  const user = document.getElementById('user').value.trim();
  const password = document.getElementById('password').value;
  auth = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))}`;
  load();
});
document.getElementById('period').addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
onLanguage(render);
