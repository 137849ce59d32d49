// The public transparency page: on-time rate and volumes per unit and month (GET /api/v1/transparency), no personal data.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import { api, describe } from '../js/api.js';
import { t } from '../js/i18n.js';
import { el, initPage, onLanguage, say } from '../js/ui.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
initPage();
const status = document.getElementById('transparency-status');
const table = document.getElementById('transparency-table');
let data = null;
let failure = null;
let chart = null;

const month = (m) => `${m.slice(5)}/${m.slice(0, 4)}`;
const percent = (v) => (v === null || v === undefined ? '–' : `${v.toLocaleString('vi-VN')}%`);

function render() {
  if (failure) {
    say(status, describe(failure), 'error');
    return;
  }
  if (!data) {
    return;
  }
  say(status, data.rows.length ? '' : t('transparency.none'));
  table.replaceChildren(
    el('thead', {}, el('tr', {}, ...['month', 'unit', 'received', 'online', 'judged', 'onTime', 'rate']
      .map((k) => el('th', { scope: 'col', text: t(`transparency.${k}`) })))),
    el('tbody', {}, ...data.rows.map((r) => el('tr', {},
      el('td', { text: month(r.month) }), el('td', { lang: 'vi', text: r.unitName }),
      el('td', { class: 'num', text: r.received }), el('td', { class: 'num', text: r.online }),
      el('td', { class: 'num', text: r.judged }), el('td', { class: 'num', text: r.onTime }),
      el('td', { class: 'num', text: percent(r.onTimePercent) })))));
  const months = [...new Set(data.rows.map((r) => r.month))].sort();
  const rates = months.map((m) => {
    const rows = data.rows.filter((r) => r.month === m);
    const judged = rows.reduce((s, r) => s + r.judged, 0);
    return judged ? Math.round((10000 * rows.reduce((s, r) => s + r.onTime, 0)) / judged) / 100 : null;
  });
  chart?.destroy();
  chart = new Chart(document.getElementById('transparency-chart'), {
    type: 'bar',
    data: { labels: months.map(month), datasets: [{ label: t('transparency.rate'), data: rates, backgroundColor: '#1f6f43' }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
  });
}

try {
  data = await api('/api/v1/transparency?months=12');
} catch (e) {
  failure = e;
}
onLanguage(render);
