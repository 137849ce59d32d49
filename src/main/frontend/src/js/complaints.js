// One complaint or recommendation as its sender sees it (the complaint page and tracking): what was sent, when, the
// deadline, the answer and, once answered, the rating of the answer (once).
import { describe } from './api.js';
import { t } from './i18n.js';
import { dateTime, el, say } from './ui.js';

/**
 * @param c       the API's complaint (code, kind, content, receivedAt, dueAt, state, answer, answeredAt, answerRating)
 * @param options onRate(rating): rates the answer (omitted: no rating buttons); rated: {done} or {failure}
 */
export function complaintCard(c, { onRate, rated } = {}) {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true });
  const card = el('article', { class: 'complaint panel', 'data-code': c.code },
    el('h3', { text: `${t(`complaint.kind.${c.kind}`)} ${c.code}` }),
    el('dl', { class: 'facts' },
      el('div', {}, el('dt', { text: t('complaint.receivedAt') }), el('dd', { text: dateTime(c.receivedAt) })),
      el('div', {}, el('dt', { text: t('complaint.dueAt') }), el('dd', { text: dateTime(c.dueAt) })),
      el('div', {}, el('dt', { text: t('complaint.state') }),
        el('dd', { class: 'complaint-state', text: t(`complaint.state.${c.state}`) }))),
    el('p', { class: 'complaint-content', lang: 'vi', text: c.content }));
  if (c.answer) {
    card.append(el('h4', { text: t('complaint.answer', { date: dateTime(c.answeredAt) }) }),
      el('p', { class: 'complaint-answer', lang: 'vi', text: c.answer }));
    if (c.answerRating) {
      card.append(el('p', { class: 'complaint-rated', text: t('complaint.rated', { rating: t(`complaint.rate.${c.answerRating}`) }) }));
    } else if (onRate) {
      card.append(el('p', { text: t('complaint.rate') }), el('div', { class: 'actions' },
        ...['SATISFIED', 'NOT_SATISFIED'].map((r) => el('button', {
          type: 'button', class: 'button button--secondary complaint-rate', 'data-rating': r,
          text: t(`complaint.rate.${r}`), onclick: () => onRate(r)
        }))));
    }
  }
  card.append(status);
  if (rated?.failure) {
    say(status, describe(rated.failure), 'error');
  } else if (rated?.done) {
    say(status, t('complaint.rate.done'), 'success');
  }
  return card;
}
