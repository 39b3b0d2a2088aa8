import { isUtf8 } from 'node:buffer';
import picomatch from 'picomatch';

// Which listed files a scan reads. Defaults drop installed dependencies, build output, vendored
// code and test fixtures: code the product does not ship, or ships only as someone else's copy.

/**
 * Paths never scanned unless `--include` names them. Picomatch globs on repo-relative paths; under a
 * served folder (SERVED_FOLDERS) the vendored-copy ones do not apply (see isIgnoredByDefault).
 */
export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/.git/**',
  '**/bower_components/**',
  '**/jspm_packages/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/.svelte-kit/**',
  '**/.turbo/**',
  '**/.cache/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/.gradle/**',
  '**/target/**',
  '**/Pods/**',
  '**/Carthage/Checkouts/**',
  '**/DerivedData/**',
  '**/third_party/**',
  '**/third-party/**',
  // Vendored dependencies, except Go's list of them, which is a dependency manifest.
  '**/vendor/!(modules.txt)',
  '**/vendor/*/**',
  // Test fixtures describe other repositories, not this product.
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/__mocks__/**',
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
];

/** Default-ignored folders that hold copies of someone else's code, kept in the repository by hand. */
const COPY_FOLDERS = new Set(['vendor', 'bower_components', 'jspm_packages', 'third_party', 'third-party']);
const COPY_FOLDER_PATTERN = new RegExp(`(?:^|/)(?:${[...COPY_FOLDERS].map(escapeFolder).join('|')})/`);

// Below a folder a web server hands out as it is, `lib/` and `libs/` hold the libraries a site copies in by hand
// (`public/assets/js/libs/jquery.nyroModal/`, `static/lib/leaflet/`). Elsewhere they are the project's own code
// (Ruby and Elixir `lib/`, an Nx workspace's `libs/`, SvelteKit's `src/lib/` in a `web/` app, Phoenix and Rails
// `assets/js/lib/` sources), so only those count.
const SERVED_LIBRARY_FOLDER = /(?:^|\/)(?:public|static|wwwroot)\/(?:[^/]+\/)*?libs?\//;

/**
 * Whether a path lies in a folder of copies of someone else's code (`vendor/assets/javascripts/x.js`), served or
 * not, or in a served folder's `lib/` or `libs/` (`public/js/libs/nyroModal/nyroModal.js`).
 */
export function inCopyFolder(path: string): boolean {
  return COPY_FOLDER_PATTERN.test(path) || SERVED_LIBRARY_FOLDER.test(path);
}

/** File extensions that are never text worth reading. */
const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif webp avif ico icns bmp tiff psd svgz mp3 mp4 m4a mov avi mkv webm wav ogg flac pdf zip gz tgz bz2 xz 7z rar jar war aar apk ipa dmg exe dll so dylib a o class pyc wasm woff woff2 ttf otf eot bin dat db sqlite lockb keystore jks p12 pfx der node'.split(' '),
);

export interface FileFilterOptions {
  /** Extra globs never scanned (manifest `ignore:` and `--exclude`). */
  exclude: string[];
  /** When non-empty, only paths matching one of these are scanned; also overrides default ignores. */
  include: string[];
}

/** Folder names DEFAULT_IGNORES skips at any depth. */
const IGNORED_FOLDERS = new Set([
  'node_modules', '.git', 'bower_components', 'jspm_packages', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.svelte-kit',
  '.turbo', '.cache', '.venv', 'venv', '__pycache__', '.gradle', 'target', 'Pods', 'DerivedData', 'third_party', 'third-party',
  'fixtures', '__fixtures__', 'testdata', '__mocks__',
]);

/**
 * Folders a web server or framework serves as they are (`public/`, Rails `app/assets/`, ASP.NET
 * `wwwroot/`): a vendored copy under one (`public/js/vendor/hotjar.js`, `app/static/dist/`,
 * `public/js/hotjar.min.js`) is what the site ships, so the vendored-copy ignores do not apply
 * under them.
 */
export const SERVED_FOLDERS = ['public', 'static', 'assets', 'wwwroot', 'web'];

/** Default-ignored folders that hold copies of someone else's code or build output: shipped when served. */
const VENDORED_COPY_FOLDERS = new Set(['vendor', 'dist', 'build', 'out', 'bower_components', 'jspm_packages', 'third_party', 'third-party']);

/** Where the first served folder segment (`public/`) starts and ends; Rails' `vendor/assets/` is served too. */
function servedSegment(path: string): { start: number; end: number } | undefined {
  const match = SERVED_FOLDER_PATTERN.exec(path);
  if (match === null) return undefined;
  const start = match[0].startsWith('/') ? match.index + 1 : match.index;
  return { start, end: match.index + match[0].length };
}

/**
 * DEFAULT_IGNORES by folder-name and suffix lookups: the same answers as the globs (a test checks
 * it), without running one large regex over every path of a 100,000-file tree; except that under
 * a served folder (SERVED_FOLDERS) vendored copies and minified files are read.
 */
export function isIgnoredByDefault(path: string): boolean {
  const served = servedSegment(path);
  if (served === undefined) return ignoredOutsideServed(path);
  // What leads to the served folder is judged as usual (`dist/public/` is build output); below it
  // only what never ships (node_modules, fixtures, caches, source maps).
  return ignoredOutsideServed(path.slice(0, served.start)) || ALWAYS_IGNORED_FOLDER_PATTERN.test(path.slice(served.end - 1));
}

function ignoredOutsideServed(path: string): boolean {
  if (path.endsWith('.min.js') || path.endsWith('.min.css') || path.endsWith('.map')) return true;
  if (!path.includes('/')) return false;
  if (IGNORED_FOLDER_PATTERN.test(path)) return true;
  // Vendored code, except Go's list of it: vendor/modules.txt is a dependency manifest.
  const vendor = VENDOR_FOLDER.exec(path);
  return vendor !== null && path.slice(vendor.index + vendor[0].length) !== 'modules.txt';
}

function escapeFolder(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One folder-name alternation, tested once per path (no split, no allocation).
const IGNORED_FOLDER_PATTERN = new RegExp(`(?:^|/)(?:${[...IGNORED_FOLDERS].map(escapeFolder).join('|')}|Carthage/Checkouts)/`);
const ALWAYS_IGNORED_FOLDER_PATTERN = new RegExp(`/(?:${[...IGNORED_FOLDERS].filter((name) => !VENDORED_COPY_FOLDERS.has(name)).map(escapeFolder).join('|')}|Carthage/Checkouts)/|\\.map$`);
const SERVED_FOLDER_PATTERN = new RegExp(`(?:^|/)(?:vendor/)?(?:${SERVED_FOLDERS.join('|')})/`);
const VENDOR_FOLDER = /(?:^|\/)vendor\//;

/**
 * Default-ignored folders not looked into for signatures: tests, caches and installed packages
 * never ship, and build output (outside a served folder) is built from the sources and packages
 * the scan reads, so it would only repeat their vendors (and a tool's own bundled vendor data).
 */
const NOT_LOOKED_AT_FOLDER_PATTERN = new RegExp(`(?:^|/)(?:${[...IGNORED_FOLDERS].filter((name) => !COPY_FOLDERS.has(name)).map(escapeFolder).join('|')}|Carthage/Checkouts)/`);

/**
 * A default-ignored file worth a look for catalog signatures (a `skipped-file` finding names it):
 * a copy of someone else's code the repository keeps (`third_party/`, `bower_components/`,
 * `src/vendor/`, `*.min.js`), never a test fixture, a cache, an installed package folder or
 * build output. The caller restricts it to web files (JavaScript and HTML), where a copied
 * tracker snippet hides.
 */
export function isShippedIgnore(path: string): boolean {
  return isIgnoredByDefault(path) && (!NOT_LOOKED_AT_FOLDER_PATTERN.test(path) || isServedPackageCopy(path));
}

/**
 * An installed package committed inside a served folder (`public/node_modules/hotjar/...`): the web
 * server hands it out, so it is a shipped copy, looked at for signatures as `third_party/` is. Only a
 * git listing holds such files: a walk never enters `node_modules`.
 */
function isServedPackageCopy(path: string): boolean {
  const served = servedSegment(path);
  if (served === undefined || ignoredOutsideServed(path.slice(0, served.start))) return false;
  const below = path.slice(served.end - 1);
  return below.includes('/node_modules/') && !NOT_LOOKED_AT_FOLDER_PATTERN.test(below.replace(/\/node_modules\//g, '/'));
}

/**
 * The ignored paths worth a look for catalog signatures: refused only by a default ignore of
 * shipped code, not by the user's `exclude`, and not when `include` narrows the scan on purpose.
 */
export function compileIgnoredCheck(options: FileFilterOptions): (path: string) => boolean {
  if (options.include.length > 0) return () => false;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  return (path) => isShippedIgnore(path) && !excluded(path);
}

/** A compiled path filter: true when the path should be read. */
export function compileFileFilter(options: FileFilterOptions): (path: string) => boolean {
  const glob = { dot: true };
  const included = options.include.length > 0 ? picomatch(options.include, glob) : undefined;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, glob) : () => false;
  return (path) => {
    if (excluded(path)) return false;
    if (included) return included(path);
    return !isIgnoredByDefault(path);
  };
}

export function hasBinaryExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot !== -1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** A NUL byte in the first 8 KiB marks a binary file, as git decides. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Text that looks binary only because of a stray NUL (or another control byte no text holds): valid
 * UTF-8, with at most one such byte per 1,000 (and at least one allowed). A build step or an editor
 * that leaves a NUL before `(function(h,o,t,j,a,r){` must not hide the snippet after it.
 */
export function isTextDespiteNul(bytes: Buffer): boolean {
  if (!isUtf8(bytes)) return false;
  const allowed = Math.max(1, Math.floor(bytes.length / 1000));
  let controls = 0;
  for (const byte of bytes) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if (byte >= 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0x1b) continue;
    if (++controls > allowed) return false;
  }
  return true;
}

/**
 * UTF-16 text as a string: with a byte-order mark, or without one when nearly every other byte of
 * the first 8 KiB is NUL (ASCII text in UTF-16LE or BE); undefined for anything else.
 * https://www.unicode.org/faq/utf_bom.html#bom4
 */
export function decodeUtf16(bytes: Buffer): string | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const units = sample.length / 2;
  if (oddNul >= units * 0.9 && evenNul === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (evenNul >= units * 0.9 && oddNul === 0) return new TextDecoder('utf-16be').decode(bytes);
  return undefined;
}

/** Decode bytes as UTF-8 text, dropping a byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
