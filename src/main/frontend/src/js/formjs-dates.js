// The form-js date field reads and shows dates in the browser's locale (Intl.DateTimeFormat('default')): in an
// English browser it parses "20/11/2026" as month 20 and silently stores 2027-08-11. Vietnamese dates are
// dd/MM/yyyy whatever the browser's language (Circular 01/2011/TT-BNV; the portal's rule), so the calls that ask for
// the browser's default locale get Vietnamese with two-digit day and month. The Tasklist does the same
// (webjars/camunda/app/tasklist/scripts/config.js). Explicit locales are left alone.
const Native = Intl.DateTimeFormat;

export function vietnameseDates() {
  if (Intl.DateTimeFormat.motcuaVietnamese) {
    return;
  }
  function DateTimeFormat(locales, options) {
    if (locales === undefined || locales === 'default') {
      return new Native('vi-VN', options ?? { day: '2-digit', month: '2-digit', year: 'numeric' });
    }
    return new Native(locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  DateTimeFormat.motcuaVietnamese = true;
  Intl.DateTimeFormat = DateTimeFormat;
}
