import type { VendorEvidence } from '../types.js';
import { baseName } from '../ecosystems/guard.js';
import { folderOf, isLockfile } from './paths.js';

// A JavaScript or TypeScript module folder that nothing imports is dead code: its calls never run.
// A module folder is one with a barrel (`index.ts`, `index.js`, ...) that the rest of the code is
// meant to import (`import { Intercom } from '../modules/react-intercom'`). When no file outside
// the folder names it in a path (an import, an alias, a lazy route, a config), evidence inside it
// is a mention (`unreachable-module`), as other dead code is.
//
// The same reading judges two smaller units, under the same conditions:
// - a single JavaScript or TypeScript file (a component, a helper) at least two levels below its package
//   root whose name no other file of its project writes anywhere (`components/shared/ChatwootWidget.tsx`
//   with no `ChatwootWidget` and no `chatwoot-widget` elsewhere: no import, no tag, no config entry);
//   index files, files in routed or framework-loaded folders, and generic names (`main`, `client`) are not judged;
// - an npm dependency that no file of its project names outside the package.json files that declare it
//   (`"@mux/mux-node"` installed, never imported, required, configured or loaded): `unused-dependency`.
//
// The test is deliberately conservative, since a wrong answer hides a real integration:
// - any path-like occurrence of the folder's name outside it counts as a reference (an import by a
//   relative path or a tsconfig alias, a webpack entry, a script tag, an npm package of the same name);
// - the code that would import the module must be in the scan (code of its package outside it);
// - a template import in the folder's parent (`import(\`./modules/${name}\`)`) references every child;
// - only code under a package.json is judged; folders where frameworks route by file name (`pages/`,
//   `app/`, `routes/`) or import by name (Nuxt's `components/`, `composables/`, `utils/`), the first
//   level below a package root, and source roots at any depth (`src/`, `lib/`) are never module
//   folders: their index files are entry points nobody imports.

const JS_LIKE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
const BARREL = /^index\.(?:[cm]?[jt]sx?)$/;
/** Files whose text can name a module folder in a path: code, and the JSON/YAML/HTML that configures it. */
const REFERRING = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|mdx|json|jsonc|json5|ya?ml|html?|toml|css|scss|sass|less)$/;
/**
 * Files that can name an npm package besides those above: code and templates of every language that loads one
 * (ClojureScript's `(:require ["@sentry/react" :as Sentry])`, a PHP or Rails view's script path, a Gradle file).
 * Data files are not read: they would spend the read budget without naming a module.
 */
const REFERRING_ANY_LANGUAGE = /\.(?:cljs|cljc|clj|edn|coffee|elm|res|purs|php|phtml|twig|blade|rb|erb|haml|slim|py|jinja2?|j2|ex|exs|heex|eex|leex|go|tmpl|gohtml|rs|java|kt|kts|gradle|groovy|scala|swift|m|mm|dart|cs|cshtml|razor|fs|hbs|handlebars|mustache|njk|liquid|ejs|pug|xml|plist|properties|sh)$/i;
/**
 * Folders whose files a framework loads by their path, not by an import: file-based routes, and
 * Nuxt's (and unplugin-auto-import's) auto-imported folders, whose code is used without an import.
 */
const ROUTED = new Set(['pages', 'app', 'routes', 'components', 'composables', 'utils', 'plugins', 'middleware', 'layouts', 'server', 'stores']);
/** Folders that hold a package's code as a whole (`packages/api/src/index.ts` is an entry, not a module). */
const SOURCE_ROOTS = new Set(['src', 'lib', 'source', 'sources', 'app', 'main', 'client', 'web', 'frontend', 'backend']);
/** Copied or generated code is not where a reference would be written. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit', 'vendor', 'coverage']);
/** Folders whose files a framework loads by their place alone: a file there is never judged on its own. */
const LOADED_BY_PLACE = new Set(['pages', 'app', 'routes', 'plugins', 'middleware', 'layouts', 'server', 'api', 'public', 'static', 'assets', 'workers']);
/** File names too common to search for, or entry points by convention. */
const GENERIC_FILE = /^(?:index|main|app|client|server|config|setup|init|entry|bootstrap|worker|sw|service-worker|instrumentation|polyfills?|types?|constants?|utils?|helpers?)$/i;
/** Shortest file name searched for: a shorter one is found everywhere, which answers nothing. */
const MIN_FILE_NAME = 6;
/** Past this much text read, the question is left open (every module stays reachable). */
const MAX_BYTES_READ = 64 * 1024 * 1024;

export interface SourceTree {
  /** Every path of the scanned tree. */
  paths: () => readonly string[];
  /** A file's text (of a large file, its first part), or undefined when it cannot be read. */
  read: (path: string) => string | undefined;
}

/** How many of a file's folders lead to its nearest package.json folder, or -1 outside any package. */
function packageRootDepth(parts: readonly string[], packageRoots: ReadonlySet<string>): number {
  for (let depth = parts.length; depth >= 0; depth--) if (packageRoots.has(parts.slice(0, depth).join('/'))) return depth;
  return -1;
}

/**
 * The outermost module folder of a file that a caller elsewhere would import: a folder with a
 * barrel, at least two levels below the file's package root (`src/modules/react-intercom`; not
 * `src/` itself, whose index is the app's entry point), outside routed and auto-imported folders.
 */
function moduleFolderOf(path: string, barrels: ReadonlySet<string>, packageRoots: ReadonlySet<string>): { folder: string; root: string } | undefined {
  const parts = folderOf(path).split('/').filter(Boolean);
  const root = packageRootDepth(parts, packageRoots);
  // Outside any package.json, what the folders are is a guess (a workspace without manifests).
  if (root === -1) return undefined;
  for (let depth = root + 1; depth <= parts.length; depth++) {
    // Below a routed folder, or a copy, no index is a module a caller imports.
    if (ROUTED.has(parts[depth - 1]!) || NOT_SOURCE.has(parts[depth - 1]!)) return undefined;
    const folder = parts.slice(0, depth).join('/');
    if (depth >= root + 2 && barrels.has(folder) && !SOURCE_ROOTS.has(parts[depth - 1]!)) return { folder, root: parts.slice(0, root).join('/') };
  }
  return undefined;
}

/**
 * A single file judged on its own: JavaScript or TypeScript, not an index, at least two levels below its
 * package root, outside folders a framework loads by place, with a name long and specific enough to search for.
 * Its names as another file would write them: the file name without extension, and a component's kebab-case tag.
 */
function fileUnitOf(path: string, packageRoots: ReadonlySet<string>): { names: string[]; root: string } | undefined {
  const name = baseName(path);
  if (!JS_LIKE.test(name) || BARREL.test(name)) return undefined;
  const stem = name.replace(/\.[^.]+$/, '');
  if (stem.length < MIN_FILE_NAME || GENERIC_FILE.test(stem)) return undefined;
  const parts = folderOf(path).split('/').filter(Boolean);
  const root = packageRootDepth(parts, packageRoots);
  if (root === -1 || parts.length < root + 2) return undefined;
  if (parts.slice(root).some((segment) => LOADED_BY_PLACE.has(segment) || NOT_SOURCE.has(segment))) return undefined;
  const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return { names: kebab === stem ? [stem] : [stem, kebab], root: parts.slice(0, root).join('/') };
}

/** The outermost folder with a package.json above `folder` (the tree's root when it has one). */
function outermostRoot(folder: string, packageRoots: ReadonlySet<string>): string {
  const parts = folder.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const candidate = parts.slice(0, depth).join('/');
    if (packageRoots.has(candidate)) return candidate;
  }
  return '';
}

const QUOTES_AND_SLASH = new Set(['/', '"', "'", '`']);

/** Whether `text` holds `name` after a slash or quote and before one of `ends`: a path segment or a quoted path's end. */
function namedBefore(text: string, name: string, ends: ReadonlySet<string>): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (QUOTES_AND_SLASH.has(text[at - 1] ?? '') && ends.has(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/** After a folder named as a path segment: `'../react-intercom'`, `"@/modules/react-intercom/index.js"`. */
const SEGMENT_ENDS = new Set([...QUOTES_AND_SLASH, '.']);
/** After a folder named as a whole quoted path: `require.context('./modules', ...)`. */
const QUOTED_ENDS = new Set(['"', "'", '`']);

/**
 * Whether `text` loads the children of the folder's parent by a pattern, not by name: a template
 * (`import(\`./modules/${name}/index.ts\`)`), a glob (`import.meta.glob('./modules/*\/index.ts')`), or
 * the folder itself (`require.context('./modules', true, /index\.js$/)`, `readdirSync(join(__dirname, 'modules'))`).
 */
function importsAnyChild(text: string, parentName: string): boolean {
  return loadsFolderByPattern(text, parentName) || (parentName !== '' && namedBefore(text, parentName, QUOTED_ENDS));
}

/** What is judged for a reference: a module folder, a single file, or an npm dependency declared in a package.json. */
interface Unit {
  kind: 'folder' | 'file' | 'dependency';
  /** The folder, the file, or the declaring package.json's folder. */
  at: string;
  names: string[];
  /** The outermost package.json folder above it: where a reference can be. */
  project: string;
  /** Of a file: the names of the folders above it, nearest first, which a code glob may load it through. */
  ancestors?: string[];
}

/** Whether `text` of the file at `path` names the unit. */
function refersTo(unit: Unit, path: string, text: string): boolean {
  switch (unit.kind) {
    case 'folder':
      if (path.startsWith(`${unit.at}/`)) return false;
      return namedBefore(text, unit.names[0]!, SEGMENT_ENDS) || importsAnyChild(text, baseName(folderOf(unit.at)));
    case 'file':
      if (path === unit.at) return false;
      // A template or a glob over its folder loads it; a plain path ending in the folder's name is a sibling file's import.
      // A glob over any folder above it (`import.meta.glob('./components/**/*.vue')`) may load it too.
      // Only code loads by a pattern: a workspace list (`"apps/*"`) or a tsconfig `include` does not.
      return unit.names.some((name) => text.includes(name)) || (JS_LIKE.test(path) && unit.ancestors!.some((folder) => loadsFolderByPattern(text, folder)));
    case 'dependency':
      // Package manifests and pnpm's version catalog declare or pin it; neither uses it.
      if (DECLARING.test(baseName(path))) return false;
      // The package, or a wrapper of it declared beside it (see wrappersOf).
      return unit.names.some((name) => text.includes(name));
  }
}

const SUBMODULE_PATH = /^\s*path\s*=\s*(?<path>\S.*?)\s*$/gm;

/** The paths of the submodules `.gitmodules` declares; undefined when it exists but cannot be read. */
function submodulePaths(tree: SourceTree): string[] | undefined {
  if (!tree.paths().includes('.gitmodules')) return [];
  const text = tree.read('.gitmodules');
  if (text === undefined) return undefined;
  return [...text.matchAll(SUBMODULE_PATH)].map((match) => match.groups!.path!.replace(/\/+$/, ''));
}

/** Files that declare or pin a dependency rather than use it. */
const DECLARING = /^(?:package\.json|pnpm-workspace\.yaml)$/;

/** A template import or a glob over the folder: `import(\`./widgets/${name}\`)`, `import.meta.glob('./widgets/*.tsx')`. */
function loadsFolderByPattern(text: string, folderName: string): boolean {
  return folderName !== '' && (text.includes(`${folderName}/\${`) || text.includes(`${folderName}/*`));
}

/** The names of the folders above a file, nearest first (`src/components/shared/x.tsx`: shared, components, src). */
function ancestorNames(path: string): string[] {
  return folderOf(path).split('/').filter(Boolean).reverse();
}

/** The names a package.json declares in its dependency tables; none when it cannot be read or parsed. */
function dependencyNames(manifest: string | undefined): string[] {
  if (manifest === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const table = (parsed as Record<string, unknown> | null)?.[field];
    if (typeof table === 'object' && table !== null) for (const name of Object.keys(table)) names.add(name);
  }
  return [...names];
}

/**
 * The other dependencies a package.json declares whose names carry the package's own word (its scope,
 * or the first word of its name, five letters or more): `fullstory-react` beside `@fullstory/browser`,
 * `react-mixpanel` beside `mixpanel-browser`. Such a wrapper imports the SDK itself, so code importing
 * the wrapper uses the SDK.
 */
function wrappersOf(name: string, declared: readonly string[]): string[] {
  const word = name.startsWith('@') ? name.slice(1, name.indexOf('/')) : name.split(/[-.]/)[0]!;
  if (word.length < 5) return [];
  return declared.filter((other) => other !== name && other.includes(word));
}

/** An npm dependency declared in a package.json (not a lockfile): judged by its name. */
function isDeclaredDependency(item: VendorEvidence): boolean {
  // A dev dependency is not integrated anyway; judging it would change nothing.
  return item.kind === 'package' && item.ecosystem === 'npm' && baseName(item.path) === 'package.json' && !item.peer && !item.dev && !NATIVE_PLUGIN.test(item.match);
}

// Packages that carry native code a mobile or desktop build links by itself (React Native autolinking, Expo and
// Capacitor plugins, Cordova plugins): installed is linked, and a native SDK such as Crashlytics or Analytics
// collects without any JavaScript import. Never judged by their name.
const NATIVE_PLUGIN = /^(?:@react-native[\w-]*\/|react-native-|@[\w.-]+\/react-native(?:-[\w.-]+)?$|expo-|@expo\/|@capacitor[\w-]*\/|capacitor-|cordova-|@awesome-cordova-plugins\/|@ionic-native\/|nativescript-|@nativescript\/)/;

/**
 * Mark the evidence that sits in JavaScript or TypeScript module folders or files nothing else names
 * (`unreachable-module`), and npm dependencies nothing names (`unused-dependency`). Reads the tree's
 * code only when some evidence could be judged.
 */
export function markUnreachableModules(byVendor: ReadonlyMap<string, VendorEvidence[]>, tree: SourceTree): void {
  const candidates: VendorEvidence[] = [];
  for (const items of byVendor.values()) {
    for (const item of items) if (!item.mention && ((item.kind !== 'package' && JS_LIKE.test(item.path)) || isDeclaredDependency(item))) candidates.push(item);
  }
  if (candidates.length === 0) return;
  const paths = tree.paths();
  const barrels = new Set<string>();
  const packageRoots = new Set<string>();
  for (const path of paths) {
    const name = baseName(path);
    if (BARREL.test(name)) barrels.add(folderOf(path));
    else if (name === 'package.json') packageRoots.add(folderOf(path));
  }
  const units = new Map<string, Unit>();
  const unitOf = new Map<VendorEvidence, Unit>();
  // The code that would use a unit must be in view: some code of its package outside it
  // (a subfolder scanned alone, or a package of nothing but modules, cannot tell).
  const judged = new Map<string, boolean>();
  const callersInView = (key: string, inside: (path: string) => boolean, root: string): boolean => {
    let inView = judged.get(key);
    if (inView === undefined) judged.set(key, (inView = paths.some((path) => JS_LIKE.test(path) && (root === '' || path.startsWith(`${root}/`)) && !inside(path))));
    return inView;
  };
  // Each package.json's declared names, parsed once however many of its dependencies are judged.
  const declared = new Map<string, string[]>();
  const declaredIn = (path: string): string[] => {
    let names = declared.get(path);
    if (!names) declared.set(path, (names = dependencyNames(tree.read(path))));
    return names;
  };
  const unit = (key: string, make: () => Unit): Unit => {
    let found = units.get(key);
    if (!found) units.set(key, (found = make()));
    return found;
  };
  for (const item of candidates) {
    if (item.kind === 'package') {
      const at = folderOf(item.path);
      if (!callersInView(`dependency:${at}`, () => false, at)) continue;
      unitOf.set(item, unit(`dependency:${at}:${item.match}`, () => ({ kind: 'dependency', at, names: [item.match, ...wrappersOf(item.match, declaredIn(item.path))], project: outermostRoot(at, packageRoots) })));
      continue;
    }
    const folder = moduleFolderOf(item.path, barrels, packageRoots);
    if (folder) {
      if (callersInView(folder.folder, (path) => path.startsWith(`${folder.folder}/`), folder.root)) {
        unitOf.set(item, unit(`folder:${folder.folder}`, () => ({ kind: 'folder', at: folder.folder, names: [baseName(folder.folder)], project: outermostRoot(folder.folder, packageRoots) })));
      }
      continue;
    }
    const file = fileUnitOf(item.path, packageRoots);
    if (file && callersInView(item.path, (path) => path === item.path, file.root)) {
      unitOf.set(item, unit(`file:${item.path}`, () => ({ kind: 'file', at: item.path, names: file.names, project: outermostRoot(folderOf(item.path), packageRoots), ancestors: ancestorNames(item.path) })));
    }
  }
  // Only what can change the answer is judged: a vendor with evidence outside these units (an import,
  // a call elsewhere) is decided by that evidence, so its units are not read for. Lockfile entries only
  // repeat what package manifests declare (the judged dependency itself, or what another package pulls in).
  for (const items of byVendor.values()) {
    // Dependencies are judged only for a vendor known by its dependencies alone: an import or a call decides.
    if (items.some((item) => item.kind !== 'package' && !item.mention)) {
      for (const item of items) if (unitOf.get(item)?.kind === 'dependency') unitOf.delete(item);
    }
    const judgesDependency = items.some((item) => unitOf.get(item)?.kind === 'dependency');
    const decides = (item: VendorEvidence): boolean =>
      !unitOf.has(item) && !item.mention && !(judgesDependency && item.kind === 'package' && isLockfile(item.path));
    if (!items.some(decides)) continue;
    for (const item of items) unitOf.delete(item);
  }
  if (unitOf.size === 0) return;
  // A git submodule that is not checked out (an enterprise folder in a private repository) may hold the code
  // that uses a unit: nothing in a project with one is judged.
  const declaredSubmodules = submodulePaths(tree);
  if (declaredSubmodules === undefined) return;
  const submodules = declaredSubmodules.filter((submodule) => !paths.some((path) => path.startsWith(`${submodule}/`)));
  for (const [item, judgedUnit] of unitOf) {
    if (submodules.some((path) => judgedUnit.project === '' || path === judgedUnit.project || path.startsWith(`${judgedUnit.project}/`))) unitOf.delete(item);
  }
  if (unitOf.size === 0) return;
  const unreferenced = new Set(unitOf.values());
  const judgesDependencies = [...unreferenced].some((judgedUnit) => judgedUnit.kind === 'dependency');
  // Code refers within its project: the outermost package.json above a unit (a workspace's root)
  // bounds where a reference can be. Folders of unrelated projects side by side are not read.
  const unnamed = new Map<string, number>();
  for (const { project } of unreferenced) unnamed.set(project, (unnamed.get(project) ?? 0) + 1);
  const inProjects = (path: string): boolean => {
    for (const project of unnamed.keys()) if (project === '' || path.startsWith(`${project}/`)) return true;
    return false;
  };
  let bytesRead = 0;
  for (const path of paths) {
    if (unreferenced.size === 0) return;
    const readable = REFERRING.test(path) || (judgesDependencies && REFERRING_ANY_LANGUAGE.test(path));
    if (!readable || isLockfile(path) || !inProjects(path) || path.split('/').some((segment) => NOT_SOURCE.has(segment))) continue;
    const text = tree.read(path);
    // A file that cannot be read might be the one that refers to the unit: nothing is marked.
    if (text === undefined) return;
    bytesRead += text.length;
    if (bytesRead > MAX_BYTES_READ) return;
    for (const judgedUnit of unreferenced) {
      const project = judgedUnit.project;
      if (project !== '' && !path.startsWith(`${project}/`)) continue;
      if (!refersTo(judgedUnit, path, text)) continue;
      unreferenced.delete(judgedUnit);
      const left = unnamed.get(project)! - 1;
      if (left === 0) unnamed.delete(project);
      else unnamed.set(project, left);
    }
  }
  for (const items of byVendor.values()) {
    const dead = new Set<string>();
    for (const item of items) {
      const judgedUnit = unitOf.get(item);
      if (!judgedUnit || !unreferenced.has(judgedUnit)) continue;
      item.mention = judgedUnit.kind === 'dependency' ? 'unused-dependency' : 'unreachable-module';
      if (judgedUnit.kind === 'dependency') dead.add(item.match);
    }
    for (const item of items) if (item.kind === 'package' && isLockfile(item.path) && dead.has(item.match) && !item.mention) item.mention = 'unused-dependency';
  }
}
