/**
 * The one place that reads Pagefind's private index format: that of Pagefind
 * 1.6 (1.6.0 when written). Nothing else in the project decodes Pagefind's
 * files; the build (src/integrations/search-index.ts) and the built-site
 * checks (test/support/dist.ts) go through here.
 *
 * Why the public API is not enough. The search manifest
 * (lib/search/search-manifest.ts) lets the browser preload, on a reader's
 * first sign of intent, Pagefind's metadata file and the index chunks a
 * query's words need, and show the first results before their fragments;
 * without it Pagefind fetches them one after another, and the measured
 * throttled first result (at most 1.5 s) does not hold. For that the manifest
 * needs the metadata file's hash, each index chunk's word range and hash, and
 * each page's id (Pagefind's result id) with its address and title. Pagefind's
 * Node API (createIndex, addDirectory, getFiles) hands over the files as bytes
 * and a page count, nothing more; its browser API learns the same only by
 * fetching those files, which is the wait the manifest is there to avoid. So
 * the files Pagefind gives getFiles() are read here:
 *
 * - pagefind-entry.json (JSON): per language, the metadata file's hash;
 * - pagefind.<hash>.pf_meta (gzip, the signature "pagefind_dcd", CBOR):
 *   [version, pages [[page id, word count, fragment group]…],
 *   index chunks [[from, to, hash]…], filters, sorts, meta fields];
 * - fragment/<page id>.pf_fragment (gzip, signature, JSON): a page's data,
 *   the same object as the browser API's result.data().
 *
 * Should a Pagefind upgrade change any of this, pagefind-format.test.ts (which
 * runs the installed Pagefind on a small site) fails and names this file, and
 * so does the build, with what it could not read.
 */
import { gunzipSync } from 'node:zlib';

/** The Pagefind release whose format this module reads. */
export const PAGEFIND_FORMAT_VERSION = '1.6';

/** A file as Pagefind's Node API gives it (index.getFiles()): its path in the bundle and its bytes. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

/** One index chunk: the first and last (stemmed) word in it, and its file's hash (index/<hash>.pf_index). */
type PagefindChunk = readonly [from: string, to: string, hash: string];

/** A page's data as Pagefind keeps it (its fragment): the same as the browser API's result.data(). */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Partial<Record<string, string>>;
}

/** What the index of one language holds, as far as the manifest needs it. */
export interface PagefindLanguage {
  language: string;
  /** The metadata file's hash: pagefind.<hash>.pf_meta. */
  metaHash: string;
  /** Page ids (Pagefind's result ids), in Pagefind's page order. */
  pages: string[];
  chunks: PagefindChunk[];
}

export interface PagefindIndexFiles {
  /** Pagefind's version, as its entry file gives it. */
  version: string;
  languages: PagefindLanguage[];
  /** A page's fragment by its id; undefined when Pagefind wrote none of its own (bundled fragments). */
  fragment(pageId: string): PagefindFragment | undefined;
}

/** Says that the format is not the one this module reads, and what to do. */
class PagefindFormatError extends Error {
  constructor(version: string, detail: string) {
    super(
      `Pagefind's private index format changed (installed version ${version}, format read: ${PAGEFIND_FORMAT_VERSION}): ` +
        `update src/lib/search/pagefind-format.ts. ${detail}`,
    );
    this.name = 'PagefindFormatError';
  }
}

/** Pagefind's files start, once decompressed, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind file, gunzipped and without its signature. */
function unpack(data: Uint8Array, what: string, version: string): Uint8Array {
  let plain: Uint8Array;
  try {
    plain = gunzipSync(data);
  } catch {
    throw new PagefindFormatError(version, `${what} is not gzip.`);
  }
  const head = new TextDecoder().decode(plain.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new PagefindFormatError(version, `${what} does not start with Pagefind's signature "${SIGNATURE}".`);
  return plain.subarray(SIGNATURE.length);
}

/**
 * Decodes CBOR (RFC 8949) as Pagefind writes it: unsigned and negative
 * integers, byte and text strings, arrays and maps (definite or not),
 * true/false/null. Floats and tags are not used by Pagefind's metadata.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    if (info === 31) return -1;
    throw new Error(`CBOR: unsupported length ${info} at byte ${at}`);
  };
  const read = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: unsupported simple value ${info} at byte ${at - 1}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (n < 0) throw new Error('CBOR: indefinite strings are not supported');
        const chunk = bytes.subarray(at, (at += n));
        return major === 3 ? text.decode(chunk) : chunk;
      }
      case 4: {
        const items: unknown[] = [];
        if (n < 0) while (view.getUint8(at) !== 0xff) items.push(read());
        else for (let i = 0; i < n; i++) items.push(read());
        if (n < 0) at++;
        return items;
      }
      case 5: {
        const map: Record<string, unknown> = {};
        for (let i = 0; n < 0 ? view.getUint8(at) !== 0xff : i < n; i++) map[String(read())] = read();
        if (n < 0) at++;
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  return read();
}

/** The page ids and index chunks of a metadata file (decompressed, without its signature). */
export function readMeta(data: Uint8Array, version = 'unknown'): Pick<PagefindLanguage, 'pages' | 'chunks'> {
  const fail = (detail: string): never => {
    throw new PagefindFormatError(version, `Its metadata file (.pf_meta): ${detail}.`);
  };
  let meta: unknown;
  try {
    meta = decodeCbor(data);
  } catch (error) {
    fail((error as Error).message);
  }
  const list = (value: unknown, what: string): unknown[] => (Array.isArray(value) ? value : fail(`${what} is not a list`));
  const root = list(meta, 'the file');
  const pages = list(root[1], 'pages').map((page) => {
    const [id] = list(page, 'a page');
    return typeof id === 'string' ? id : fail('a page has no id');
  });
  const chunks = list(root[2], 'index chunks').map((chunk): PagefindChunk => {
    const [from, to, hash] = list(chunk, 'an index chunk');
    return typeof from === 'string' && typeof to === 'string' && typeof hash === 'string'
      ? [from, to, hash]
      : fail('an index chunk is not [from, to, hash]');
  });
  return { pages, chunks };
}

/** A fragment file's data (fragment/<page id>.pf_fragment, as Pagefind writes it: gzip, signature, JSON). */
export function readFragmentFile(data: Uint8Array, version = 'unknown'): PagefindFragment {
  const fragment = JSON.parse(new TextDecoder().decode(unpack(data, 'A fragment file', version))) as Partial<PagefindFragment>;
  if (typeof fragment.url !== 'string' || !fragment.url) throw new PagefindFormatError(version, 'A fragment has no url.');
  return { url: fragment.url, content: typeof fragment.content === 'string' ? fragment.content : '', meta: fragment.meta ?? {} };
}

/** Reads Pagefind's bundle, as its Node API's getFiles() gives it (paths relative to the bundle). */
export function readPagefindFiles(files: readonly PagefindFile[]): PagefindIndexFiles {
  const byPath = new Map(files.map((file) => [file.path.replace(/\\/g, '/'), file]));
  const entryFile = byPath.get('pagefind-entry.json');
  if (!entryFile) throw new PagefindFormatError('unknown', 'Pagefind wrote no pagefind-entry.json.');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as {
    version?: unknown;
    languages?: Record<string, { hash?: unknown } | undefined>;
  };
  const version = typeof entry.version === 'string' ? entry.version : 'unknown';
  if (!entry.languages || typeof entry.languages !== 'object') {
    throw new PagefindFormatError(version, 'pagefind-entry.json has no languages.');
  }
  const languages = Object.entries(entry.languages).map(([language, about]): PagefindLanguage => {
    const hash = about?.hash;
    if (typeof hash !== 'string') throw new PagefindFormatError(version, `pagefind-entry.json gives no hash for ${language}.`);
    const metaFile = byPath.get(`pagefind.${hash}.pf_meta`);
    if (!metaFile) throw new PagefindFormatError(version, `Pagefind wrote no pagefind.${hash}.pf_meta.`);
    return { language, metaHash: hash, ...readMeta(unpack(metaFile.content, `pagefind.${hash}.pf_meta`, version), version) };
  });
  const fragment = (pageId: string) => {
    const file = byPath.get(`fragment/${pageId}.pf_fragment`);
    return file && readFragmentFile(file.content, version);
  };
  return { version, languages, fragment };
}
