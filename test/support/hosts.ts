/**
 * The two local hosts the browser tests use (playwright.config.ts starts both):
 * the site as Netlify or Cloudflare Pages serve it (`npm run preview`: _redirects
 * and _headers applied), and the same dist/ on a bare host that reads neither
 * file, where the 404 page must do their work. E2E_PORT lets two test runs
 * share a machine; the bare host takes the next port.
 */
const PORT = Number(process.env.E2E_PORT ?? 4321);

export const HOST_URL = `http://127.0.0.1:${PORT}`;
export const BARE_HOST_URL = `http://127.0.0.1:${PORT + 1}`;
export const HOST_PORTS = { host: PORT, bare: PORT + 1 };
