import type { Catalog, VendorRule } from '../catalog/catalog.js';
import { vendorsOfOrganization } from '../catalog/catalog.js';
import { checkPatternSafety } from '../catalog/regex-safety.js';
import { closest, configErrors, keyPath, locate, parseLocatedYaml, schemaErrors } from '../config-errors.js';
import type { ConfigError, LocatedYaml } from '../config-errors.js';
import type { Position, SeveritySetting } from '../types.js';
import type { Manifest, ManifestException, ManifestProhibition, ManifestSubprocessor } from './types.js';
import type { TransferMechanism } from './vocabulary.js';
import { isLocationCode, suggestLocationCode, TRANSFER_MECHANISMS } from './vocabulary.js';
// The manifest schema compiled at build time (scripts/manifest-validator.mjs).
import validateManifest from './validator.generated.js';

/** Where `check` looks for a manifest, in order (SPEC §1). */
export const MANIFEST_NAMES = ['subprocessors.yml', 'subprocessors.yaml', '.github/subprocessors.yml', '.github/subprocessors.yaml'];


interface RawSubprocessor extends Omit<ManifestSubprocessor, 'position' | 'custom' | 'location' | 'transfer'> {
  location?: string | string[];
  transfer?: string | string[];
  name?: string;
  categories?: string[];
  signatures?: VendorRule['signatures'];
}

interface RawManifest {
  version: 1;
  'privacy-policy'?: string;
  subprocessors?: RawSubprocessor[];
  prohibited?: Omit<ManifestProhibition, 'position'>[];
  exceptions?: Omit<ManifestException, 'position'>[];
  ignore?: string[];
  rules?: Record<string, SeveritySetting>;
  settings?: Manifest['settings'];
}

/**
 * Parse and validate a manifest. The custom vendors it defines are returned separately: the
 * catalog is compiled with them before the semantic checks (`checkManifestIds`) run.
 * Throws a located ConfigErrorList on any problem.
 */
export function parseManifest(text: string, path: string): Manifest {
  const { yaml, errors } = parseLocatedYaml(text, path);
  if (!yaml) throw configErrors(errors);
  if (yaml.value === null || yaml.value === undefined) {
    throw configErrors([{ file: path, line: 1, column: 1, key: '', message: 'the manifest is empty', suggestion: 'start with `version: 1` and a `subprocessors:` list, or run `disclosed init`' }]);
  }
  const schemaProblems = schemaErrors(yaml, validateManifest);
  if (schemaProblems.length > 0) throw configErrors(schemaProblems);
  const raw = yaml.value as RawManifest;
  const problems: ConfigError[] = [];
  const at = (keys: (string | number)[], message: string, suggestion?: string, where: 'key' | 'value' = 'value') => {
    problems.push({ file: path, ...locate(yaml, keys, where), key: keyPath(keys), message, ...(suggestion ? { suggestion } : {}) });
  };
  const position = (keys: (string | number)[]): Position => locate(yaml, keys, 'value');

  const subprocessors: ManifestSubprocessor[] = [];
  const customVendors: VendorRule[] = [];
  (raw.subprocessors ?? []).forEach((entry, i) => {
    const hasVendor = entry.vendor !== undefined;
    if (hasVendor === (entry.organization !== undefined)) {
      at(['subprocessors', i], 'each subprocessor names exactly one of `vendor` or `organization`', 'split it into two entries, or add `vendor: <catalog id>`');
      return;
    }
    const custom = entry.signatures !== undefined;
    if (custom) {
      if (!entry.categories || entry.categories.length === 0) at(['subprocessors', i, 'signatures'], `custom vendor "${entry.vendor}" needs \`categories\``, 'add e.g. `categories: [analytics]`', 'key');
      for (const [j, rule] of (entry.signatures?.code ?? []).entries()) {
        for (const problem of checkPatternSafety(rule.pattern)) at(['subprocessors', i, 'signatures', 'code', j, 'pattern'], `pattern "${rule.id}": ${problem}`);
      }
      customVendors.push({
        id: entry.vendor!,
        name: entry.name ?? entry.vendor!,
        organization: entry.vendor!,
        categories: entry.categories ?? [],
        signatures: entry.signatures!,
        source: path,
      });
    }
    subprocessors.push({
      ...(entry.vendor !== undefined ? { vendor: entry.vendor } : {}),
      ...(entry.organization !== undefined ? { organization: entry.organization } : {}),
      ...(entry.purpose !== undefined ? { purpose: entry.purpose } : {}),
      ...(entry.data !== undefined ? { data: entry.data } : {}),
      ...(entry.location !== undefined ? { location: checkLocations(entry.location, ['subprocessors', i, 'location'], at) } : {}),
      ...(entry.transfer !== undefined ? { transfer: checkTransfers(entry.transfer, ['subprocessors', i, 'transfer'], at) } : {}),
      ...(entry['approved-by'] !== undefined ? { 'approved-by': entry['approved-by'] } : {}),
      ...(entry['approved-on'] !== undefined ? { 'approved-on': checkDate(entry['approved-on'], ['subprocessors', i, 'approved-on'], at) } : {}),
      ...(entry.paths !== undefined ? { paths: entry.paths } : {}),
      ...(entry['expect-in-code'] !== undefined ? { 'expect-in-code': entry['expect-in-code'] } : {}),
      custom,
      position: position(['subprocessors', i, hasVendor ? 'vendor' : 'organization']),
      ...(entry.purpose !== undefined ? { purposePosition: position(['subprocessors', i, 'purpose']) } : {}),
    });
  });

  const prohibited: ManifestProhibition[] = [];
  (raw.prohibited ?? []).forEach((entry, i) => {
    const named = [entry.vendor, entry.organization, entry.category].filter((value) => value !== undefined).length;
    if (named !== 1) {
      at(['prohibited', i], 'each prohibition names exactly one of `vendor`, `organization` or `category`', 'split it into one entry per vendor, organization or category');
      return;
    }
    const key = entry.vendor !== undefined ? 'vendor' : entry.organization !== undefined ? 'organization' : 'category';
    prohibited.push({ ...entry, position: position(['prohibited', i, key]) });
  });

  const exceptions: ManifestException[] = (raw.exceptions ?? []).map((entry, i) => ({ ...entry, position: position(['exceptions', i, 'rule']) }));
  for (const [i, entry] of exceptions.entries()) {
    if (entry.expires) checkDate(entry.expires, ['exceptions', i, 'expires'], at);
  }

  if (problems.length > 0) throw configErrors(problems);
  return {
    path,
    privacyPolicy: raw['privacy-policy'],
    subprocessors,
    prohibited,
    exceptions,
    ignore: raw.ignore ?? [],
    rules: raw.rules ?? {},
    settings: raw.settings ?? {},
    customVendors,
    text,
    yaml,
  };
}

type Report = (keys: (string | number)[], message: string, suggestion?: string) => void;

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** A schema-valid YYYY-MM-DD that is also a real date (not 2026-02-30). */
/** A date field (`expires`, `approved-on`): an impossible one is an error saying why, with the likely date. */
function checkDate(date: string, keys: (string | number)[], at: Report): string {
  const problem = impossibleDate(date);
  if (problem) at(keys, `${String(keys[keys.length - 1])} must be a real date (YYYY-MM-DD), not "${date}": ${problem.reason}`, problem.suggestion);
  return date;
}

/** `location` as a list of codes; free text or an unknown code is an error with the likely code. */
function checkLocations(value: string | string[], keys: (string | number)[], at: Report): string[] {
  const list = asList(value);
  for (const [j, code] of list.entries()) {
    if (isLocationCode(code)) continue;
    const suggestion = suggestLocationCode(code);
    at(
      Array.isArray(value) ? [...keys, j] : keys,
      `"${code}" is not a country code: location takes ISO 3166-1 alpha-2 codes, EU or EEA`,
      suggestion ? `did you mean "${suggestion}"? e.g. \`location: [${suggestion}]\`` : 'write codes such as `location: [US]` or `location: [DE, IE]`',
    );
  }
  return list;
}

/** `transfer` as a list of mechanisms; an unknown one is an error with the closest id. */
function checkTransfers(value: string | string[], keys: (string | number)[], at: Report): TransferMechanism[] {
  const list = asList(value);
  const known = Object.keys(TRANSFER_MECHANISMS);
  for (const [j, item] of list.entries()) {
    if (known.includes(item)) continue;
    const near = closest(item, known);
    at(Array.isArray(value) ? [...keys, j] : keys, `unknown transfer mechanism "${item}": expected one of ${known.join(', ')}`, near.length > 0 ? `did you mean "${near[0]}"?` : undefined);
  }
  return list as TransferMechanism[];
}

/**
 * Why a YYYY-MM-DD (the schema checked the shape) is no day of the calendar, or undefined when it
 * is one. `Date.parse` rolls 2027-02-31 over to March 3rd, so the parts are compared back.
 */
export function impossibleDate(text: string): { reason: string; suggestion: string } | undefined {
  const match = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/.exec(text);
  if (!match?.groups) return { reason: 'write the date as YYYY-MM-DD', suggestion: 'for example 2027-06-30' };
  const year = Number(match.groups.year);
  const month = Number(match.groups.month);
  const day = Number(match.groups.day);
  if (month < 1 || month > 12) return { reason: `there is no month ${month}`, suggestion: 'the month comes second, from 01 to 12: YYYY-MM-DD' };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return { reason: `${name} ${year} has ${days} days`, suggestion: `did you mean ${match.groups.year}-${match.groups.month}-${String(days).padStart(2, '0')}?` };
  }
  return undefined;
}

/**
 * The ids the manifest names that neither the catalog nor the manifest defines. These are
 * `unknown-vendor` findings (the scan goes on), each with the closest catalog ids.
 */
export function unknownIds(manifest: Manifest, catalog: Catalog): { kind: 'vendor' | 'organization' | 'category'; id: string; position: Position; suggestions: string[] }[] {
  const unknown: { kind: 'vendor' | 'organization' | 'category'; id: string; position: Position; suggestions: string[] }[] = [];
  const check = (kind: 'vendor' | 'organization' | 'category', id: string | undefined, where: Position) => {
    if (id === undefined) return;
    const known = kind === 'vendor' ? catalog.vendors.has(id) : kind === 'organization' ? catalog.organizations.has(id) && vendorsOfOrganization(catalog, id).length > 0 : catalog.categories.has(id);
    if (known) return;
    const pool = kind === 'vendor' ? catalog.vendors.keys() : kind === 'organization' ? catalog.organizations.keys() : catalog.categories.keys();
    unknown.push({ kind, id, position: where, suggestions: closest(id, pool) });
  };
  for (const entry of manifest.subprocessors) {
    check('vendor', entry.vendor, entry.position);
    check('organization', entry.organization, entry.position);
  }
  for (const entry of manifest.prohibited) {
    check('vendor', entry.vendor, entry.position);
    check('organization', entry.organization, entry.position);
    check('category', entry.category, entry.position);
  }
  for (const entry of manifest.exceptions) check('vendor', entry.vendor, entry.position);
  return unknown;
}

/**
 * Vendor ids the manifest names that are neither in the catalog nor defined in the manifest: a
 * configuration error each, with the closest catalog ids. A vendor the manifest defines itself
 * but that could not be compiled stays an `unknown-vendor` finding.
 */
export function unknownCatalogVendors(manifest: Manifest, catalog: Catalog): ConfigError[] {
  const defined = new Set(manifest.customVendors.map((vendor) => vendor.id));
  return unknownIds(manifest, catalog)
    .filter((unknown) => unknown.kind === 'vendor' && !defined.has(unknown.id))
    .map((unknown) => ({
      file: manifest.path,
      ...unknown.position,
      key: 'vendor',
      message: `unknown vendor "${unknown.id}": not in the catalog and not defined here`,
      suggestion:
        unknown.suggestions.length > 0
          ? `did you mean ${unknown.suggestions.map((id) => `"${id}"`).join(' or ')}?`
          : 'see `disclosed vendors` for the catalog ids, or define the vendor here with `name`, `categories` and `signatures`',
    }));
}

/** Custom vendors whose id collides with a catalog vendor: a configuration error. */
export function customVendorCollisions(manifest: Manifest, builtinIds: Set<string>): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const vendor of manifest.customVendors) {
    if (!builtinIds.has(vendor.id)) continue;
    const entry = manifest.subprocessors.find((item) => item.vendor === vendor.id);
    errors.push({
      file: manifest.path,
      ...(entry?.position ?? { line: 1, column: 1 }),
      key: 'subprocessors.vendor',
      message: `"${vendor.id}" is a catalog vendor; a manifest may only define signatures for new ids`,
      suggestion: `remove \`signatures\` to use the catalog's, or give your vendor another id such as "${vendor.id}-custom"`,
    });
  }
  return errors;
}

/** Expose the parsed YAML for callers that need to point into it (the Action's manifest diff). */
export function manifestYaml(manifest: Manifest): LocatedYaml {
  return manifest.yaml;
}
