import type { VendorEvidence } from '../types.js';
import type { LibraryPackage } from './library.js';
import { folderOf, isLockfile } from './paths.js';

// Provider adapters of a library. A published library that lets its users pick a provider keeps
// one module per provider side by side (`llms/openai.ts`, `llms/anthropic.ts`, `llms/together.ts`;
// `embedding_functions/voyageai_embedding_function.py`; `ai-embeddings/perplexity/`): the library's
// user brings the account and the credentials, so none of those providers is a processor of the
// library's maker. Their evidence is `connector`, not `runtime`. An application keeps such modules
// too (`src/insights/amplitude.ts`, `hotjar.ts`, `sentry.ts`), but loads every one of them: the
// caller decides that only a published library's folders count (see scan.ts).

/** The fewest sibling modules, each named after a different vendor, that make a folder an adapter folder. */
export const MIN_ADAPTERS = 3;

// Name parts that say nothing about which vendor a module is for (a company with many products
// names none of them: `google.ts` may be Gemini, Maps or Analytics).
const GENERIC_PARTS = new Set(['google', 'amazon', 'aws', 'microsoft', 'azure', 'meta', 'facebook', 'apple', 'firebase', 'ai', 'api', 'app', 'apps', 'cloud', 'sdk', 'web', 'inference', 'platform', 'services', 'service', 'open', 'auth', 'oauth', 'login', 'analytics', 'messaging', 'search', 'storage', 'client', 'server', 'pixel', 'embed']);

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The name parts of a vendor id a module named after it would carry: `voyage-ai` → voyageai, voyage. */
export function vendorNameParts(vendor: string): string[] {
  const parts = vendor.toLowerCase().split('-').filter(Boolean);
  const names = new Set<string>();
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= parts.length; end++) {
      const joined = parts.slice(start, end).join('');
      if (end - start === 1 && GENERIC_PARTS.has(joined)) continue;
      if (joined.length >= 4) names.add(joined);
    }
  }
  return [...names];
}

/** Whether a file or folder name names the vendor (`aws_bedrock.ts` names amazon-bedrock, `VoyageAIEmbeddingFunction.ts` voyage-ai). */
export function namesVendor(name: string, vendor: string): boolean {
  const squashed = squash(name.replace(/\.[a-z0-9]+$/i, ''));
  return vendorNameParts(vendor).some((part) => squashed.includes(part));
}

/**
 * Folders whose direct children (files or folders) are modules for three or more different vendors,
 * each named after its vendor: with the vendors found in them. `''` is the root folder.
 */
export function adapterFolders(byVendor: ReadonlyMap<string, readonly VendorEvidence[]>): Map<string, Set<string>> {
  // folder → child name → vendors with evidence in that child
  const children = new Map<string, Map<string, Set<string>>>();
  const add = (folder: string, child: string, vendor: string): void => {
    let names = children.get(folder);
    if (!names) children.set(folder, (names = new Map()));
    let vendors = names.get(child);
    if (!vendors) names.set(child, (vendors = new Set()));
    vendors.add(vendor);
  };
  for (const [vendor, items] of byVendor) {
    for (const item of items) {
      const parts = item.path.split('/');
      // The file in its folder, and the folder holding it in its parent (`ai-embeddings/perplexity/...`, any depth below).
      for (let depth = 1; depth <= parts.length - 1; depth++) add(parts.slice(0, depth - 1).join('/'), parts[depth - 1]!, vendor);
      add(parts.slice(0, -1).join('/'), parts[parts.length - 1]!, vendor);
    }
  }
  const found = new Map<string, Set<string>>();
  for (const [folder, names] of children) {
    // The repository's root is the product itself, never one adapter folder of it.
    if (folder === '' || names.size < MIN_ADAPTERS) continue;
    const named = new Set<string>();
    for (const [child, vendors] of names) {
      for (const vendor of vendors) if (namesVendor(child, vendor)) named.add(vendor);
    }
    if (named.size < MIN_ADAPTERS) continue;
    const vendors = new Set<string>();
    for (const child of names.values()) for (const vendor of child) vendors.add(vendor);
    found.set(folder, vendors);
  }
  return found;
}

/**
 * Mark as `connector` what a published library does with its users' accounts: the evidence in its
 * adapter folders, the evidence of a vendor the library's own name names (a vendor's SDK, or a
 * library built around one vendor), and then the library's dependencies on a provider it only
 * reaches through those adapters. Runs after the other contexts are set; only `runtime` items
 * change (a test or a lockfile entry stays what it is). `libraryOf` answers for a folder.
 */
export function markConnectors(byVendor: ReadonlyMap<string, VendorEvidence[]>, libraryOf: (folder: string) => LibraryPackage | undefined): void {
  const folders = [...adapterFolders(byVendor).keys()];
  const known = new Map<string, LibraryPackage | null>();
  const library = (path: string): LibraryPackage | undefined => {
    const folder = folderOf(path);
    let answer = known.get(folder);
    if (answer === undefined) {
      try {
        answer = libraryOf(folder) ?? null;
      } catch {
        answer = null;
      }
      known.set(folder, answer);
    }
    return answer ?? undefined;
  };
  for (const [vendor, items] of byVendor) {
    let connected = false;
    for (const item of items) {
      if (item.context !== 'runtime') continue;
      const inAdapter = folders.some((folder) => item.path.startsWith(`${folder}/`));
      // Asked of the item's own folder: an adapter may be a package of its own (`ai-embeddings/perplexity/package.json`).
      const owner = inAdapter || item.kind !== 'package' ? library(item.path) : undefined;
      if (owner && (inAdapter || namesVendor(owner.name, vendor))) {
        item.context = 'connector';
        connected = true;
      }
    }
    // A peer dependency (src/context/index.ts) is a connector before this pass.
    connected ||= items.some((item) => item.context === 'connector');
    if (!connected || items.some((item) => item.context === 'runtime' && item.kind !== 'package')) continue;
    // Its code is all adapters: the library's dependency on it is what those adapters import,
    // and a lockfile locks what those manifests declare.
    for (const item of items) if (item.context === 'runtime' && item.kind === 'package' && !isLockfile(item.path) && library(item.path)) item.context = 'connector';
    const declared = new Set(items.filter((item) => item.kind === 'package' && item.context === 'connector').map((item) => item.match));
    for (const item of items) if (item.context === 'runtime' && item.kind === 'package' && isLockfile(item.path) && declared.has(item.match)) item.context = 'connector';
  }
}
