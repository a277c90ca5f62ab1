/**
 * npm run preview [-- --port 4321 --host 127.0.0.1 --bare]
 *
 * Serves dist/ as the static hosts do (src/lib/static-host/server.ts):
 * dist/_redirects and dist/_headers applied, dist/404.html for unknown URLs.
 * --bare serves the files only, like a host that reads neither file.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticHost } from '#lib/static-host/server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    bare: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number (0 to 65535), not "${values.port}"`);
  process.exit(2);
}
const dir = path.resolve(import.meta.dirname, '..', 'dist');
const host = await startStaticHost({ dir, port, host: values.host, bare: values.bare });
console.log(`Serving ${dir}${values.bare ? ' (bare: no _redirects or _headers)' : ''} at ${host.url}`);
