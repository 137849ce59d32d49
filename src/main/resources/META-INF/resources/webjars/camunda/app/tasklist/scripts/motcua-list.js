/*
 * motcua: an officer's list that works without extra clicks (README "An officer's working day in Tasklist").
 * Loaded by Tasklist as a custom script (scripts/config.js, customScripts); it adds no plugin, only:
 *  - the step's deadline first: when the officer has not chosen a sorting, the list is sorted by due date, soonest first;
 *  - relative dates ("2 giờ tới") in the language of the interface: Tasklist loads the Vietnamese date locale but keeps
 *    moment's global locale English, so it is switched here whenever Tasklist's language is set;
 *  - one search field for a dossier code or the applicant's ID number (a Tasklist search on the process variable
 *    "dossierSearch", which the submission sets to both), above the list.
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
  const list = document.querySelector('.tasks-list');
  if (!list || document.getElementById('motcua-search')) {
    return;
  }
  const form = document.createElement('form');
  form.id = 'motcua-search';
  form.className = 'motcua-search';
  form.setAttribute('role', 'search');
  form.innerHTML = '<label for="motcua-search-input">Tìm hồ sơ</label>'
    + '<input id="motcua-search-input" type="search" class="form-control" autocomplete="off"'
    + ' placeholder="Mã hồ sơ hoặc số CCCD của người nộp">';
  form.addEventListener('submit', event => {
    event.preventDefault();
    searchFor(form.querySelector('input').value.toUpperCase());
  });
  list.parentNode.insertBefore(form, list);
}

withDefaultSorting();
window.addEventListener('hashchange', withDefaultSorting);
whenInjectorReady(injector => {
  const moment = injector.get('moment');
  const translate = injector.get('$translate');
  const follow = () => moment.locale(translate.use() || translate.proposedLanguage() || 'en');
  follow();
  injector.get('$rootScope').$on('$translateChangeSuccess', follow);
  new MutationObserver(addSearchField).observe(document.body, {childList: true, subtree: true});
});

export default [];
