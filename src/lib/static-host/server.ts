/**
 * A local static host for a built dist/ that serves it the way Netlify and
 * Cloudflare Pages do: the 301s in dist/_redirects, the headers in
 * dist/_headers, a slash added to a folder's URL, dist/404.html with status
 * 404 for anything else, and text, JSON and XML files as UTF-8. The files
 * themselves are served by sirv. With `bare`, it skips _redirects and
 * _headers, like a host that reads neither (the 404 page then does the work).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { parseRedirectsFile, redirectFor } from './redirects-file.ts';
import { languageOfPath, localizePath } from '#lib/i18n/languages.ts';

export interface StaticHostOptions {
  /** The built site, e.g. "dist". */
  dir: string;
  port: number;
  host: string;
  /** Serve the files only, as a host that reads neither _redirects nor _headers. */
  bare?: boolean;
}

export interface StaticHost {
  /** e.g. http://127.0.0.1:4321/ */
  url: string;
  close(): Promise<void>;
}

/** A content type with "charset=utf-8" when it is text the browser must decode and has none. */
export function withCharset(contentType: string): string {
  if (contentType === '' || /charset=/i.test(contentType)) return contentType;
  const textual = contentType.startsWith('text/') || /[/+](json|xml|javascript)$/.test(contentType);
  return textual ? `${contentType}; charset=utf-8` : contentType;
}

function readRules(dir: string, bare: boolean) {
  const read = (name: string) => {
    const file = path.join(dir, name);
    return !bare && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  };
  const redirects = parseRedirectsFile(read('_redirects'));
  const headers = parseHeadersFile(read('_headers'));
  for (const error of [...redirects.errors.map((e) => `_redirects ${e}`), ...headers.errors.map((e) => `_headers ${e}`)]) {
    console.warn(`static host: ${error}`);
  }
  return { redirects: redirects.rules, headers: headers.rules };
}

export function startStaticHost({ dir, port, host, bare = false }: StaticHostOptions): Promise<StaticHost> {
  const root = path.resolve(dir);
  // The 404 page of the address's language (/fr/404.html), else the root one: the nearest, as Cloudflare Pages serves it.
  const notFoundPage = (urlPath: string) => {
    const own = path.join(root, localizePath('/', languageOfPath(urlPath)), '404.html');
    return fs.existsSync(own) ? own : path.join(root, '404.html');
  };
  // The rules are read once per request, so a rebuild while the host runs is served as built.
  const rulesNow = () => readRules(root, bare);

  const applyHeaders = (res: http.ServerResponse, urlPath: string, rules: ReturnType<typeof rulesNow>) => {
    for (const [name, values] of headersFor(rules.headers, urlPath)) res.setHeader(name, values.join(', '));
  };

  const files = sirv(root, {
    dev: true, // looks each file up when asked, so a rebuild shows at once
    dotfiles: false,
    // sirv's own type for a file (set after this) has no charset but for HTML; a _headers rule comes first.
    setHeaders(res, urlPath) {
      const type = lookup(urlPath);
      if (res.getHeader('content-type') === undefined && type !== undefined) res.setHeader('content-type', withCharset(type));
    },
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    let urlPath = url.pathname;
    try {
      urlPath = decodeURIComponent(urlPath);
    } catch {
      // A malformed escape: matched as sent.
    }
    const rules = rulesNow();
    applyHeaders(res, urlPath, rules);

    const redirect = redirectFor(rules.redirects, urlPath);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.location + url.search }).end();
      return;
    }
    // A folder's URL without its slash: the hosts answer with a 301 to the slash form.
    if (!urlPath.endsWith('/') && path.extname(urlPath) === '' && fs.existsSync(path.join(root, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // sirv would also answer /x with x.html or x/index.html; hosts that serve dist/ as files do not.
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      const page = notFoundPage(urlPath);
      if (fs.existsSync(page)) fs.createReadStream(page).pipe(res);
      else res.end('Not found');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}
