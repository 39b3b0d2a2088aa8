import picomatch from 'picomatch';

// Which listed files a scan reads. Defaults drop installed dependencies, build output, vendored
// code and test fixtures: code the product does not ship, or ships only as someone else's copy.

/** Paths never scanned unless `--include` names them. Picomatch globs on repo-relative paths. */
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
 * DEFAULT_IGNORES by folder-name and suffix lookups: the same answers as the globs (a test checks
 * it), without running one large regex over every path of a 100,000-file tree.
 */
export function isIgnoredByDefault(path: string): boolean {
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
const VENDOR_FOLDER = /(?:^|\/)vendor\//;

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

/** Decode bytes as UTF-8 text, dropping a byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
