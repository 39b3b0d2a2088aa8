// Whether a folder belongs to a published library (a package others install) rather than an
// application: the nearest package manifest at or above it says so. Used only for adapter folders
// (src/context/adapters.ts), so a wrong "library" costs at most the providers of one such folder.
//   package.json    an entry point (main, module, exports, types, bin): a package others import, published or
//                   a private workspace package of a library's monorepo; an application has none (a private
//                   package's `main` alone does not count: `npm init` writes it into applications too). Entry
//                   points that are all TypeScript sources make an internal workspace package of an app
//                   (compiled by the app that imports it, never published): not a library
//                   A `main` alone beside a `start` script is a server application's entry (Wiki.js), not a package
//                   https://docs.npmjs.com/cli/v10/configuring-npm/package-json#main
//   pyproject.toml  a `[project]` (PEP 621) or `[tool.poetry]` table with a `[build-system]` (PEP 517/518) to
//                   build it: a distribution. Applications have the first table too (uv and Poetry manage their
//                   dependencies through it) but nothing to build: `uv init` writes no build system for an
//                   application, and Poetry's `package-mode = false` says the project is not a package.
//                   https://docs.astral.sh/uv/concepts/projects/init/#applications
//                   https://python-poetry.org/docs/basic-usage/#operating-modes
//                   setup.py / setup.cfg: a setuptools distribution
//   composer.json   `"type": "library"` https://getcomposer.org/doc/04-schema.md#type

type Read = (path: string) => Buffer | string | undefined;

const MANIFESTS = ['package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'composer.json'] as const;

function text(content: Buffer | string | undefined): string | undefined {
  if (content === undefined) return undefined;
  return typeof content === 'string' ? content : content.toString('utf8');
}

/** A library package: its name, when the manifest gives one (`''` otherwise). */
export interface LibraryPackage {
  name: string;
}

function jsonObject(content: string): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(content) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function npmLibrary(content: string, exists: (file: string) => boolean): LibraryPackage | undefined {
  const data = jsonObject(content);
  if (!data || typeof data.name !== 'string') return undefined;
  // `main: "index.js"` is what `npm init` writes into every package.json: in a private package (never
  // published, an application's own manifest such as Outline's) it says nothing, nor where no index.js
  // exists beside it (an application's manifest written by `npm init`, Forem's); the other entry points do.
  const initDefault = data.main === 'index.js' && !exists('index.js');
  const entries = data.private === true || initDefault ? ['module', 'exports', 'types', 'typings', 'bin'] : ['main', 'module', 'exports', 'types', 'typings', 'bin'];
  const given = entries.filter((key) => data[key] !== undefined);
  if (given.length === 0) return undefined;
  // `main` alone is also how a server application names its entry (Wiki.js's `"main": "wiki.js"` beside
  // `"start": "node server"`): a package whose only entry point sits beside a `start` script is run, not installed.
  // https://docs.npmjs.com/cli/v10/commands/npm-start
  const scripts = data.scripts !== null && typeof data.scripts === 'object' ? (data.scripts as Record<string, unknown>) : {};
  if (given.length === 1 && given[0] === 'main' && typeof scripts.start === 'string' && data.files === undefined && data.publishConfig === undefined) return undefined;
  // Entry points that are all TypeScript sources (`"main": "src/index.ts"`) make an internal workspace
  // package, compiled by the application that imports it and never published (Turborepo's
  // just-in-time packages, https://turborepo.com/docs/core-concepts/internal-packages): part of the app.
  const files = given.flatMap((key) => entryFiles(data[key]));
  if (files.length > 0 && files.every((file) => TS_SOURCE.test(file))) return undefined;
  return { name: data.name };
}

const TS_SOURCE = /(?<!\.d)\.(?:ts|tsx|mts|cts)$/;

/** The file paths an entry-point field names (`exports` may nest conditions and subpaths). */
function entryFiles(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>).flatMap((inner) => entryFiles(inner, depth + 1));
}

function composerLibrary(content: string): LibraryPackage | undefined {
  const data = jsonObject(content);
  return data?.type === 'library' ? { name: typeof data.name === 'string' ? data.name : '' } : undefined;
}

// `[project]` (PEP 621) or `[tool.poetry]`, and the `name =` that follows it.
const PYPROJECT_TABLE = /^[ \t]*\[(?:project|tool\.poetry)\][ \t]*$(?<body>[^[]*)/m;
const TOML_NAME = /^[ \t]*name[ \t]*=[ \t]*["'](?<name>[^"'\n]+)["']/m;
const BUILD_SYSTEM = /^[ \t]*\[build-system\][ \t]*$/m;
const NOT_A_PACKAGE = /^[ \t]*package-mode[ \t]*=[ \t]*false\b/m;

function pyprojectLibrary(content: string): LibraryPackage | undefined {
  const table = PYPROJECT_TABLE.exec(content);
  if (!table || !BUILD_SYSTEM.test(content) || NOT_A_PACKAGE.test(content)) return undefined;
  return { name: TOML_NAME.exec(table.groups?.body ?? '')?.groups?.name ?? '' };
}

/** What the manifest named `file` says: a library package, or undefined for an application. */
function manifestSays(file: (typeof MANIFESTS)[number], content: string, exists: (file: string) => boolean): LibraryPackage | undefined {
  switch (file) {
    case 'package.json':
      return npmLibrary(content, exists);
    case 'pyproject.toml':
      return pyprojectLibrary(content);
    case 'composer.json':
      return composerLibrary(content);
    default:
      return { name: '' };
  }
}

/**
 * The published library `folder` (repo-relative, '' = root) is inside, or undefined: the first
 * package manifest found walking up decides. `read` returns undefined for a missing file.
 */
export function libraryAt(folder: string, read: Read): LibraryPackage | undefined {
  return libraryLookup(read)(folder);
}

/**
 * libraryAt for many folders of one tree: each folder's answer is remembered, and a folder with no
 * manifest of its own takes its parent's, so every folder's manifests are read once per scan.
 */
export function libraryLookup(read: Read): (folder: string) => LibraryPackage | undefined {
  const known = new Map<string, LibraryPackage | null>();
  const lookup = (dir: string): LibraryPackage | null => {
    const cached = known.get(dir);
    if (cached !== undefined) return cached;
    let answer: LibraryPackage | null | undefined;
    for (const file of MANIFESTS) {
      const content = text(read(dir === '' ? file : `${dir}/${file}`));
      if (content === undefined) continue;
      answer = manifestSays(file, content, (name) => read(dir === '' ? name : `${dir}/${name}`) !== undefined) ?? null;
      break;
    }
    if (answer === undefined) answer = dir === '' ? null : lookup(dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');
    known.set(dir, answer);
    return answer;
  };
  return (folder) => lookup(folder) ?? undefined;
}
