/** Constants the browser tests, the dist checks and the benchmark agree on. */
import { escapeRegExp } from './regexp.ts';

/** An unknown URL: the host answers it with dist/404.html. */
export const NOT_FOUND_PATH = '/fixes/no-such-page/';

/** The one console error Chromium logs for a 404 page: the failed load of the page itself. */
export const NOT_FOUND_CONSOLE_LINE = new RegExp(` on \\S+${escapeRegExp(NOT_FOUND_PATH)}: Failed to load resource: .*\\b404\\b`);

/** The axe-core rule tags every page is checked against: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The JSON API's addresses: the promise made to scripts, so spelt out here rather than taken from src/. */
export const API = {
  fixes: '/api/v1/fixes.json',
  alerts: '/api/v1/alerts.json',
  fix: (slug: string) => `/api/v1/fixes/${slug}.json`,
  schema: (name: string) => `/api/v1/${name}.schema.json`,
};
