/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// motcua: the Camunda Forms date field (form-js) reads and shows dates in the browser's locale, so in an English
// browser "20/11/2026" was stored as 2027-08-11. Dates are dd/MM/yyyy in Vietnamese whatever the browser's language:
// calls for the browser's default locale get Vietnamese with two-digit day and month (as the portal does,
// src/main/frontend/src/js/formjs-dates.js). Explicit locales are left alone.
(function vietnameseDates() {
  const Native = Intl.DateTimeFormat;
  if (Native.motcuaVietnamese) {
    return;
  }
  function DateTimeFormat(locales, options) {
    if (locales === undefined || locales === 'default') {
      return new Native('vi-VN', options || { day: '2-digit', month: '2-digit', year: 'numeric' });
    }
    return new Native(locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  DateTimeFormat.motcuaVietnamese = true;
  Intl.DateTimeFormat = DateTimeFormat;
})();

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // motcua: Vietnamese for officers (locales/vi.json); the language is the browser's first language if it is
  // one of these, else the fallback. Labels missing from vi.json fall back to English.
  locales: {
    availableLocales: ['vi', 'en', 'de'],
    fallbackLocale: 'en'
  },
  // motcua: default sorting by the step's deadline, relative dates in Vietnamese, one search field for a dossier
  // code or an ID number (scripts/motcua-list.js)
  customScripts: ['scripts/motcua-list.js'],
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
