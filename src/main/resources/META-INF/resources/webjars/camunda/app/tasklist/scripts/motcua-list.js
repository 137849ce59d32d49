/*
 * motcua: an officer's list that works without extra clicks (README "An officer's working day in Tasklist").
 * Loaded by Tasklist as a custom script (scripts/config.js, customScripts); it adds no plugin, only:
 *  - the step's deadline first: when the officer has not chosen a sorting, the list is sorted by due date, soonest first;
 *  - relative dates ("2 giờ tới") in the language of the interface: Tasklist loads the Vietnamese date locale but keeps
 *    moment's global locale English, so it is switched here whenever Tasklist's language is set;
 *  - one search field for a dossier code or the applicant's ID number (a Tasklist search on the process variable
 *    "dossierSearch", which the submission sets to both), above the list;
 *  - the dossier's papers previewed inside the task: a link of the task form to a paper
 *    (/api/v1/dossiers/{code}/attachments/{id}?inline=true, or a reused paper's /reused-papers/{documentKey}, read with
 *    the officer's session and audited) opens in a
 *    frame under the form instead of leaving Tasklist.
 */
const DEFAULT_SORTING = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function withDefaultSorting() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || hash.startsWith('#/login') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.location.replace(hash + separator + 'sorting=' + encodeURIComponent(DEFAULT_SORTING));
}

function whenInjectorReady(callback) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    callback(injector);
  } else {
    setTimeout(() => whenInjectorReady(callback), 100);
  }
}

function searchFor(text) {
  const value = text.trim();
  const query = value ? [{type: 'processVariables', operator: 'like', value: '%' + value + '%', name: 'dossierSearch'}] : [];
  const hash = window.location.hash.replace(/([?&])searchQuery=[^&]*&?/, '$1').replace(/[?&]$/, '');
  const separator = hash.includes('?') ? '&' : '?';
  window.location.hash = hash.replace(/^#/, '') + separator + 'searchQuery=' + encodeURIComponent(JSON.stringify(query));
}

function addSearchField() {
  // the list's column: its scrolling content, above Tasklist's own criteria search and the tasks
  const list = document.querySelector('.tasks-list .three-cols-layout-cell.content, .tasks-list .content');
  if (!list || document.getElementById('motcua-search')) {
    return;
  }
  const form = document.createElement('form');
  form.id = 'motcua-search';
  form.className = 'motcua-search';
  form.setAttribute('role', 'search');
  form.innerHTML = '<label for="motcua-search-input">Tìm hồ sơ</label>'
    + '<input id="motcua-search-input" type="search" class="form-control" autocomplete="off"'
    + ' placeholder="Mã hồ sơ hoặc số CCCD" title="Mã hồ sơ hoặc số CCCD của người nộp hồ sơ">';
  form.addEventListener('submit', event => {
    event.preventDefault();
    searchFor(form.querySelector('input').value.toUpperCase());
  });
  list.insertBefore(form, list.firstChild);
}

function previewPaper(event) {
  const link = event.target.closest
    && event.target.closest('.task-details a[href*="/attachments/"], .task-details a[href*="/reused-papers/"]');
  if (!link || !/\/api\/v1\/dossiers\/[^/]+\/(attachments|reused-papers)\/[^/?]+/.test(link.getAttribute('href'))) {
    return;
  }
  event.preventDefault();
  let preview = document.getElementById('motcua-preview');
  if (!preview) {
    preview = document.createElement('section');
    preview.id = 'motcua-preview';
    preview.className = 'motcua-preview';
    preview.setAttribute('aria-label', 'Xem giấy tờ');
    preview.innerHTML = '<div class="motcua-preview-bar"><strong></strong>'
      + '<a class="motcua-preview-open" target="_blank" rel="noopener">Mở trong thẻ mới</a>'
      + '<button type="button" class="btn btn-default btn-xs">Đóng</button></div><iframe title="Giấy tờ"></iframe>';
    preview.querySelector('button').addEventListener('click', () => preview.remove());
  }
  const href = link.getAttribute('href');
  preview.querySelector('strong').textContent = link.textContent;
  preview.querySelector('.motcua-preview-open').setAttribute('href', href);
  preview.querySelector('iframe').setAttribute('src', href);
  const form = link.closest('form') || link.closest('.task-details');
  form.parentNode.insertBefore(preview, form.nextSibling);
  preview.scrollIntoView({block: 'start'});
}

withDefaultSorting();
document.addEventListener('click', previewPaper, true);
window.addEventListener('hashchange', withDefaultSorting);
whenInjectorReady(injector => {
  const moment = injector.get('moment');
  const translate = injector.get('$translate');
  // Tasklist defines each language's date locale when its labels arrive (Vietnamese, then the English fallback, in
  // either order), and moment makes the locale just defined or updated the global one: whichever came last won, and a
  // row could say "in 2 days ... a few seconds ago". The interface's language is put back whenever it drifts, through
  // angular-moment, which also re-renders every relative date already on the page.
  const amMoment = injector.has('amMoment') ? injector.get('amMoment') : null;
  const follow = () => {
    const language = translate.use() || translate.proposedLanguage();
    if (!language || moment.locale() === language || moment.locales().indexOf(language) < 0) {
      return;
    }
    if (amMoment) {
      amMoment.changeLocale(language);
    } else {
      moment.locale(language);
    }
  };
  follow();
  const root = injector.get('$rootScope');
  ['$translateChangeSuccess', '$translateLoadingEnd', '$translateRefreshEnd'].forEach(event => root.$on(event, follow));
  new MutationObserver(() => {
    follow();
    addSearchField();
  }).observe(document.body, {childList: true, subtree: true});
});

export default [];
