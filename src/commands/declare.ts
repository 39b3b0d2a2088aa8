import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommandArgs } from './args.js';
import { buildDeclarations } from '../checks/declarations.js';
import { closest } from '../config-errors.js';
import { workingTreeSource } from '../files/source.js';
import { addDeclarations, isDeclarationProblem, undeclaredDeclarations } from '../manifest/declaration.js';
import type { NewDeclaration } from '../manifest/declaration.js';
import { MANIFEST_NAMES, parseManifest } from '../manifest/load.js';
import { loadManifest, prepareScan, runScan, usageError } from '../run.js';
import type { CliIo, PreparedScan } from '../run.js';

// `disclosed init --update` and `disclosed declare VENDOR...` (SPEC §1): new subprocessor entries
// with TODO purposes, added to the manifest as text, keeping every line, comment and order.

/** The manifest to edit: `--manifest` (relative to `base`), or the one found in `root`. */
function manifestToEdit(root: string, explicit: string | undefined, base: string, io: CliIo): { absolute: string; shown: string; prepared: PreparedScan } {
  const manifest = loadManifest(root, explicit === undefined ? undefined : resolve(base, explicit), io);
  if (!manifest) throw usageError(`no policy manifest to add to (looked for ${MANIFEST_NAMES.join(', ')}): run \`disclosed init\` first`);
  const absolute = explicit === undefined ? join(root, manifest.path) : resolve(base, explicit);
  const prepared = prepareScan(root, { manifest: absolute }, io);
  return { absolute, shown: relative(io.cwd, absolute) || absolute, prepared };
}

/** Add the entries, check the result still parses as a manifest, and write it. */
function writeDeclarations(absolute: string, shown: string, entries: NewDeclaration[]): void {
  const before = readFileSync(absolute, 'utf8');
  let after: string;
  try {
    after = addDeclarations(before, entries);
  } catch (error) {
    if (isDeclarationProblem(error)) throw usageError(`cannot add to ${shown}: ${error.message}`);
    throw error;
  }
  // An edit that does not validate is our bug: parseManifest throws (exit 2) and nothing is written.
  parseManifest(after, shown);
  writeFileSync(absolute, after);
}

function listed(entries: NewDeclaration[]): string {
  return entries.map((entry) => entry.vendor).join(', ');
}

/** `init --update [DIR]`: scan with the manifest and declare every vendor check calls undeclared. */
export function runInitUpdate(root: string, manifest: string | undefined, io: CliIo): number {
  const { absolute, shown, prepared } = manifestToEdit(root, manifest, root, io);
  const result = runScan(prepared, workingTreeSource(root), io);
  const entries = undeclaredDeclarations(result);
  if (entries.length === 0) {
    io.stdout(`${shown} already declares every vendor found in ${result.stats.files} files; nothing to add.\n`);
    return 0;
  }
  writeDeclarations(absolute, shown, entries);
  io.stdout(`added ${entries.length} vendor${entries.length === 1 ? '' : 's'} to ${shown}: ${listed(entries)}. Replace each TODO purpose, then run \`disclosed check\`.\n`);
  return 0;
}

const DECLARE_USAGE = 'usage: disclosed declare VENDOR... [--purpose TEXT] [--manifest FILE]';

/** `declare VENDOR... [--purpose TEXT]`: declare chosen catalog vendors in the manifest of the working directory. */
export function runDeclare(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('declare', { args, options: { purpose: { type: 'string' }, manifest: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(`${DECLARE_USAGE}\n\nAdds each catalog vendor to the policy manifest with a TODO purpose (or --purpose TEXT),\nkeeping every existing line, comment and order. See \`disclosed vendors\` for the ids.\n`);
    return 0;
  }
  if (positionals.length === 0) throw usageError(DECLARE_USAGE);
  if (values.purpose !== undefined && values.purpose.trim() === '') throw usageError('--purpose needs a text: why you send data to the vendor');
  const { absolute, shown, prepared } = manifestToEdit(io.cwd, values.manifest, io.cwd, io);
  const { catalog } = prepared;
  const unknown = positionals.filter((id) => !catalog.vendors.has(id));
  if (unknown.length > 0) {
    const problems = unknown.map((id) => {
      const [suggestion] = closest(id, catalog.vendors.keys());
      return `unknown vendor "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    });
    throw usageError(`${problems.join('\n')}\nsee \`disclosed vendors\` for the catalog ids; nothing was declared`);
  }
  const declared = buildDeclarations(prepared.manifest, catalog).declared;
  const entries: NewDeclaration[] = [];
  for (const id of new Set(positionals)) {
    const vendor = catalog.vendors.get(id)!;
    const existing = declared.get(id)?.[0];
    if (existing) {
      const by = existing.vendor === undefined ? ` (by organization: ${existing.organization})` : '';
      io.stdout(`${id} (${vendor.name}) is already declared in ${shown}:${existing.position.line}${by}\n`);
      continue;
    }
    entries.push({ vendor: id, name: vendor.name, ...(values.purpose !== undefined ? { purpose: values.purpose } : {}) });
  }
  if (entries.length === 0) return 0;
  writeDeclarations(absolute, shown, entries);
  const todo = values.purpose === undefined ? ' Replace each TODO purpose, then run `disclosed check`.' : '';
  io.stdout(`declared ${listed(entries)} in ${shown}.${todo}\n`);
  return 0;
}
