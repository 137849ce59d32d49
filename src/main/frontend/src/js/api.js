// Calls to the app's JSON API. Errors arrive as RFC 9457 problem+json with Vietnamese and English texts.
import { pick, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    /** [{field, messageVi, messageEn}] for invalid input */
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
  }

  /** One sentence for the citizen, in the current language. */
  userMessage() {
    if (this.status === 0) {
      return t('error.network');
    }
    if (this.status === 413 && !this.problem) {
      return t('error.tooLarge');
    }
    if (this.status === 429 && !this.problem) {
      return t('error.tooMany');
    }
    if (this.status >= 500 || !this.problem) {
      return t('error.server');
    }
    return bilingual(this.problem.detail ?? this.problem.title ?? '');
  }
}

/** One sentence for the citizen about any failure: the API's own words, else a generic one. */
export function describe(error) {
  return error instanceof ApiError ? error.userMessage() : t('error.server');
}

/** "Vietnamese / English" as the API joins them: the half in the current language. */
export function bilingual(text) {
  const at = text.indexOf(' / ');
  return at < 0 ? text : pick(text.slice(0, at), text.slice(at + 3));
}

/**
 * fetch() for the API: JSON in and out unless told otherwise; citizens stay anonymous (no cookies or cached
 * credentials are sent). Throws ApiError with status 0 when the server cannot be reached.
 */
export async function api(path, { method = 'GET', json, body, raw = false } = {}) {
  const headers = { Accept: 'application/json, application/problem+json, application/pdf' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: json !== undefined ? JSON.stringify(json) : body,
      credentials: 'omit',
      cache: 'no-store'
    });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.ok) {
    if (raw) {
      return response;
    }
    if (response.status === 204) {
      return null;
    }
    try {
      return await response.json();
    } catch {
      throw new ApiError(response.status + 500, null);
    }
  }
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    problem = null;
  }
  throw new ApiError(response.status, problem);
}
