import type { VendorEvidence } from '../types.js';
import { baseName } from '../ecosystems/guard.js';
import { folderOf, isLockfile } from './paths.js';

// A JavaScript or TypeScript module folder that nothing imports is dead code: its calls never run.
// A module folder is one with a barrel (`index.ts`, `index.js`, ...) that the rest of the code is
// meant to import (`import { Intercom } from '../modules/react-intercom'`). When no file outside
// the folder names it in a path (an import, an alias, a lazy route, a config), evidence inside it
// is a mention (`unreachable-module`), as other dead code is.
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
const REFERRING = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|json|jsonc|json5|ya?ml|html?|toml)$/;
/**
 * Folders whose files a framework loads by their path, not by an import: file-based routes, and
 * Nuxt's (and unplugin-auto-import's) auto-imported folders, whose code is used without an import.
 */
const ROUTED = new Set(['pages', 'app', 'routes', 'components', 'composables', 'utils', 'plugins', 'middleware', 'layouts', 'server', 'stores']);
/** Folders that hold a package's code as a whole (`packages/api/src/index.ts` is an entry, not a module). */
const SOURCE_ROOTS = new Set(['src', 'lib', 'source', 'sources', 'app', 'main', 'client', 'web', 'frontend', 'backend']);
/** Copied or generated code is not where a reference would be written. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit', 'vendor', 'coverage']);
/** Past this much text read, the question is left open (every module stays reachable). */
const MAX_BYTES_READ = 64 * 1024 * 1024;

export interface SourceTree {
  /** Every path of the scanned tree. */
  paths: () => readonly string[];
  /** A file's text (of a large file, its first part), or undefined when it cannot be read. */
  read: (path: string) => string | undefined;
}

/**
 * The outermost module folder of a file that a caller elsewhere would import: a folder with a
 * barrel, at least two levels below the file's package root (`src/modules/react-intercom`; not
 * `src/` itself, whose index is the app's entry point), outside routed and auto-imported folders.
 */
function moduleFolderOf(path: string, barrels: ReadonlySet<string>, packageRoots: ReadonlySet<string>): { folder: string; root: string } | undefined {
  const parts = folderOf(path).split('/').filter(Boolean);
  let root = -1;
  for (let depth = parts.length; depth >= 0; depth--) {
    if (packageRoots.has(parts.slice(0, depth).join('/'))) {
      root = depth;
      break;
    }
  }
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
  if (parentName === '') return false;
  return text.includes(`${parentName}/\${`) || text.includes(`${parentName}/*`) || namedBefore(text, parentName, QUOTED_ENDS);
}

/**
 * Mark the evidence that sits in JavaScript or TypeScript module folders nothing else names:
 * `mention` (`unreachable-module`). Reads the tree's code only when some evidence is in a module folder.
 */
export function markUnreachableModules(byVendor: ReadonlyMap<string, VendorEvidence[]>, tree: SourceTree): void {
  const candidates: VendorEvidence[] = [];
  for (const items of byVendor.values()) {
    for (const item of items) if (item.kind !== 'package' && !item.mention && JS_LIKE.test(item.path)) candidates.push(item);
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
  const moduleOf = new Map<VendorEvidence, string>();
  // The code that would import a module must be in view: some code of its package outside it
  // (a subfolder scanned alone, or a package of nothing but modules, cannot tell).
  const judged = new Map<string, boolean>();
  const callersInView = (folder: string, root: string): boolean =>
    paths.some((path) => JS_LIKE.test(path) && (root === '' || path.startsWith(`${root}/`)) && !path.startsWith(`${folder}/`));
  for (const item of candidates) {
    const found = moduleFolderOf(item.path, barrels, packageRoots);
    if (!found) continue;
    let inView = judged.get(found.folder);
    if (inView === undefined) judged.set(found.folder, (inView = callersInView(found.folder, found.root)));
    if (inView) moduleOf.set(item, found.folder);
  }
  // Only what can change the answer is judged: a vendor with evidence outside module folders (a
  // dependency, a call elsewhere) is decided by that evidence, so its module folders are not read for.
  for (const items of byVendor.values()) {
    if (!items.some((item) => !moduleOf.has(item) && !item.mention)) continue;
    for (const item of items) moduleOf.delete(item);
  }
  if (moduleOf.size === 0) return;
  const unreferenced = new Set(moduleOf.values());
  // Code imports within its project: the outermost package.json above a module (a workspace's root)
  // bounds where an importer can be. Folders of unrelated projects side by side are not read.
  const projectOf = new Map<string, string>();
  for (const folder of unreferenced) projectOf.set(folder, outermostRoot(folder, packageRoots));
  // How many folders of each project are still unnamed: a project whose folders are all named is not read further.
  const unnamed = new Map<string, number>();
  for (const project of projectOf.values()) unnamed.set(project, (unnamed.get(project) ?? 0) + 1);
  const inProjects = (path: string): boolean => {
    for (const project of unnamed.keys()) if (project === '' || path.startsWith(`${project}/`)) return true;
    return false;
  };
  let bytesRead = 0;
  for (const path of paths) {
    if (unreferenced.size === 0) return;
    if (!REFERRING.test(path) || isLockfile(path) || !inProjects(path) || path.split('/').some((segment) => NOT_SOURCE.has(segment))) continue;
    const text = tree.read(path);
    // A file that cannot be read might be the one that imports the module: nothing is marked.
    if (text === undefined) return;
    bytesRead += text.length;
    if (bytesRead > MAX_BYTES_READ) return;
    for (const folder of unreferenced) {
      const project = projectOf.get(folder)!;
      if (path.startsWith(`${folder}/`) || (project !== '' && !path.startsWith(`${project}/`))) continue;
      const name = baseName(folder);
      if (!namedBefore(text, name, SEGMENT_ENDS) && !importsAnyChild(text, baseName(folderOf(folder)))) continue;
      unreferenced.delete(folder);
      const left = unnamed.get(project)! - 1;
      if (left === 0) unnamed.delete(project);
      else unnamed.set(project, left);
    }
  }
  for (const [item, folder] of moduleOf) if (unreferenced.has(folder)) item.mention = 'unreachable-module';
}
