import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticHost, withCharset, type StaticHost } from './server';

test('withCharset adds UTF-8 to text, JSON and XML types only, and keeps a charset already given', () => {
  expect(withCharset('text/plain')).toBe('text/plain; charset=utf-8');
  expect(withCharset('application/json')).toBe('application/json; charset=utf-8');
  expect(withCharset('application/rss+xml')).toBe('application/rss+xml; charset=utf-8');
  expect(withCharset('text/html;charset=utf-8')).toBe('text/html;charset=utf-8');
  expect(withCharset('image/png')).toBe('image/png');
});

/** A small dist/: two pages, the 404 pages (English and French), a text file and the two host files. */
const SITE: Record<string, string> = {
  'index.html': '<p>home',
  'fixes/a/index.html': '<p>fix a',
  '404.html': '<p>not found',
  'fr/404.html': '<p>introuvable',
  'llms.txt': '“quoted”',
  _redirects: '/kb/icb-101/ /fixes/a/ 301\n/kb/icb-101 /fixes/a/ 301\n/KB/* /kb/:splat 301\n',
  _headers: '/*\n  X-Frame-Options: DENY\n/fixes/*\n  X-Test: fixes\n',
};

const get = (host: StaticHost, urlPath: string) => fetch(new URL(urlPath, host.url), { redirect: 'manual' });

for (const bare of [false, true]) {
  describe(bare ? 'a bare host: the files only' : 'a host that reads _redirects and _headers', () => {
    let dir = '';
    let host: StaticHost;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-host-'));
      for (const [file, text] of Object.entries(SITE)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      host = await startStaticHost({ dir, port: 0, host: '127.0.0.1', bare });
    });
    afterAll(async () => {
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('serves a page with its headers', async () => {
      const response = await get(host, '/fixes/a/');
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<p>fix a');
      expect(response.headers.get('x-frame-options')).toBe(bare ? null : 'DENY');
      expect(response.headers.get('x-test')).toBe(bare ? null : 'fixes');
    });

    test('adds the slash to a folder URL with a 301, keeping the query', async () => {
      const response = await get(host, '/fixes/a?q=1');
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/fixes/a/?q=1');
    });

    test('sends a text file as UTF-8', async () => {
      const response = await get(host, '/llms.txt');
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('“quoted”');
    });

    test('answers an unknown URL with the 404 page and status 404', async () => {
      const response = await get(host, '/nowhere/');
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<p>not found');
    });

    test("answers an unknown URL in another language with that language's 404 page", async () => {
      const response = await get(host, '/fr/nulle-part/');
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<p>introuvable');
    });

    test(bare ? 'ignores _redirects' : 'applies _redirects, exact rules and splats', async () => {
      const exact = await get(host, '/kb/icb-101');
      const splat = await get(host, '/KB/icb-101/');
      if (bare) {
        expect([exact.status, splat.status]).toEqual([404, 404]);
      } else {
        expect([exact.status, exact.headers.get('location')]).toEqual([301, '/fixes/a/']);
        expect([splat.status, splat.headers.get('location')]).toEqual([301, '/kb/icb-101/']);
      }
    });
  });
}
