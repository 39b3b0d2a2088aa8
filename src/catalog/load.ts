import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { configErrors, locate, parseLocatedYaml, schemaErrors } from '../config-errors.js';
import type { ConfigError } from '../config-errors.js';
import { packageRoot } from '../package-root.js';
import { compileCatalog } from './catalog.js';
import type { KeywordIndex } from '../matchers/keywords.js';
import type { Catalog, Organization, VendorRule } from './catalog.js';
import { checkPatternSafety } from './regex-safety.js';

/** A text file handed to a loader: path as shown to the user, and its content. */
export interface TextFile {
  path: string;
  text: string;
}

let vendorValidator: ValidateFunction | undefined;

/** The compiled JSON Schema of vendor files (also used for custom vendors in manifests). */
export function vendorSchemaValidator(): ValidateFunction {
  if (vendorValidator) return vendorValidator;
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schema', 'vendor.schema.json'), 'utf8')) as object;
  vendorValidator = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return vendorValidator;
}

/** The files of a rules directory, sorted by kind. */
export interface RulesDirFiles {
  vendors: TextFile[];
  categories?: TextFile;
  organizations: TextFile[];
}

/** Read `_categories.yml`, `_organizations*.yml` and every vendor file of a rules directory. */
export function readRulesDir(dir: string): RulesDirFiles {
  return sortRuleFiles(readdirSync(dir).map((name) => ({ name, path: join(dir, name), read: () => readFileSync(join(dir, name), 'utf8') })));
}

/** The rule files among a folder's entries (from disk, or from a commit's tree), read and sorted by kind. */
export function sortRuleFiles(entries: { name: string; path: string; read: () => string }[]): RulesDirFiles {
  const vendors: TextFile[] = [];
  const organizations: TextFile[] = [];
  let categories: TextFile | undefined;
  for (const { name, path, read } of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!name.endsWith('.yml') && !name.endsWith('.yaml')) continue;
    const file = { path, text: read() };
    if (name === '_categories.yml') categories = file;
    else if (name.startsWith('_organizations')) organizations.push(file);
    else if (!name.startsWith('_')) vendors.push(file);
  }
  return { vendors, organizations, ...(categories ? { categories } : {}) };
}

/** Parse and validate one vendor file; semantic checks need the categories and organizations. */
export function parseVendorFile(file: TextFile, categories: Map<string, string>, organizations: Map<string, Organization>): { vendor?: VendorRule; errors: ConfigError[] } {
  const { yaml, errors } = parseLocatedYaml(file.text, file.path);
  if (!yaml) return { errors };
  const schemaProblems = schemaErrors(yaml, vendorSchemaValidator());
  if (schemaProblems.length > 0) return { errors: schemaProblems };
  const vendor = { ...(yaml.value as Omit<VendorRule, 'source'>), source: file.path } as VendorRule;
  const problems: ConfigError[] = [];
  const at = (path: (string | number)[], message: string, suggestion?: string): void => {
    const position = locate(yaml, path);
    problems.push({ file: file.path, ...position, key: path.join('.'), message, ...(suggestion ? { suggestion } : {}) });
  };
  const base = file.path.replace(/\\/g, '/').split('/').pop() ?? '';
  if (base !== `${vendor.id}.yml` && base !== `${vendor.id}.yaml`) at(['id'], `id "${vendor.id}" does not match the file name ${base}`, `rename the file to ${vendor.id}.yml`);
  vendor.categories.forEach((category, i) => {
    if (!categories.has(category)) at(['categories', i], `unknown category "${category}"`, `use one of: ${[...categories.keys()].join(', ')}`);
  });
  if (!organizations.has(vendor.organization)) at(['organization'], `unknown organization "${vendor.organization}"`, 'add it to rules/_organizations.yml');
  (vendor.signatures.code ?? []).forEach((rule, i) => {
    for (const problem of checkPatternSafety(rule.pattern)) at(['signatures', 'code', i, 'pattern'], `pattern "${rule.id}": ${problem}`);
  });
  (vendor.signatures.config ?? []).forEach((rule, i) => {
    if (rule.value === undefined) return;
    for (const problem of checkPatternSafety(rule.value)) at(['signatures', 'config', i, 'value'], `config value "${rule.id}": ${problem}`);
  });
  return problems.length > 0 ? { errors: problems } : { vendor, errors: [] };
}

/** Parse categories (id → label) and organizations files. */
export function parseCategories(file: TextFile | undefined): Map<string, string> {
  if (!file) return new Map();
  return new Map(Object.entries(parse(file.text) as Record<string, string>));
}

export function parseOrganizations(files: TextFile[]): Map<string, Organization> {
  const organizations = new Map<string, Organization>();
  for (const file of files) {
    const data = (parse(file.text) ?? {}) as Record<string, { name: string; aliases?: string[]; 'legal-entity'?: string; country?: string }>;
    for (const [id, value] of Object.entries(data)) {
      organizations.set(id, {
        id,
        name: value.name,
        aliases: value.aliases ?? [],
        ...(value['legal-entity'] ? { legalEntity: value['legal-entity'] } : {}),
        ...(value.country ? { country: value.country } : {}),
      });
    }
  }
  return organizations;
}

/** Validated catalog data before compilation: what `dist/catalog.json` holds. */
export interface CatalogSource {
  vendors: VendorRule[];
  organizations: Organization[];
  categories: [string, string][];
}

/**
 * Read and validate rules directories. A broken rule file is our configuration: it throws a
 * located error list (exit 2), never a silent skip.
 */
export function readCatalogSource(dirs: (string | RulesDirFiles)[], known?: CatalogSource): CatalogSource {
  const errors: ConfigError[] = [];
  const categories = new Map<string, string>(known?.categories ?? []);
  const organizationFiles: TextFile[] = [];
  const vendorFiles: TextFile[] = [];
  for (const dir of dirs) {
    const read = typeof dir === 'string' ? readRulesDir(dir) : dir;
    for (const [id, label] of parseCategories(read.categories)) categories.set(id, label);
    organizationFiles.push(...read.organizations);
    vendorFiles.push(...read.vendors);
  }
  const organizations = new Map((known?.organizations ?? []).map((organization) => [organization.id, organization]));
  for (const [id, organization] of parseOrganizations(organizationFiles)) organizations.set(id, organization);
  const vendors: VendorRule[] = [];
  const seen = new Map<string, string>((known?.vendors ?? []).map((vendor) => [vendor.id, vendor.source]));
  for (const file of vendorFiles) {
    const result = parseVendorFile(file, categories, organizations);
    errors.push(...result.errors);
    if (!result.vendor) continue;
    const previous = seen.get(result.vendor.id);
    if (previous) {
      errors.push({ file: file.path, line: 1, column: 1, key: 'id', message: `vendor id "${result.vendor.id}" is already defined in ${previous}`, suggestion: 'give the vendor a new id' });
      continue;
    }
    seen.set(result.vendor.id, file.path);
    vendors.push(result.vendor);
  }
  if (errors.length > 0) throw configErrors(errors);
  return { vendors, organizations: [...organizations.values()], categories: [...categories.entries()] };
}

/** Combine sources and custom vendors from a manifest, and compile. */
export function compileSources(sources: CatalogSource[], extraVendors: VendorRule[] = [], keywordIndex?: KeywordIndex): Catalog {
  const organizations = new Map<string, Organization>();
  const categories = new Map<string, string>();
  const vendors: VendorRule[] = [];
  for (const source of sources) {
    for (const organization of source.organizations) organizations.set(organization.id, organization);
    for (const [id, label] of source.categories) categories.set(id, label);
    vendors.push(...source.vendors);
  }
  for (const vendor of extraVendors) {
    if (!organizations.has(vendor.organization)) organizations.set(vendor.organization, { id: vendor.organization, name: vendor.name, aliases: [] });
    vendors.push(vendor);
  }
  return compileCatalog(vendors, [...organizations.values()], categories, keywordIndex);
}

/** Load and compile a catalog from rules directories (tests, extra rule packs). */
export function loadCatalog(dirs: string[], extraVendors: VendorRule[] = []): Catalog {
  return compileSources([readCatalogSource(dirs)], extraVendors);
}

/** The directory holding the built-in vendor rules. */
export function builtinRulesDir(): string {
  return join(packageRoot(), 'rules');
}

let builtin: CatalogSource | undefined;

/**
 * The built-in catalog data. The bundle in dist/ reads `dist/catalog.json`, written and validated
 * at build time (parsing 150 YAML files with positions costs most of a second); from sources,
 * the YAML files are read and validated directly.
 */
export function builtinCatalogSource(): CatalogSource {
  if (builtin) return builtin;
  const here = fileURLToPath(import.meta.url);
  const prebuilt = join(packageRoot(), 'dist', 'catalog.json');
  if (basename(dirname(here)) === 'dist' && existsSync(prebuilt)) {
    builtin = JSON.parse(readFileSync(prebuilt, 'utf8')) as CatalogSource;
    return builtin;
  }
  builtin = readCatalogSource([builtinRulesDir()]);
  return builtin;
}

/** The built-in catalog plus extra rules directories and a manifest's custom vendors. */
export function buildCatalog(extraDirs: string[] = [], customVendors: VendorRule[] = []): Catalog {
  const base = builtinCatalogSource();
  const sources = extraDirs.length > 0 ? [base, readCatalogSource(extraDirs, base)] : [base];
  return compileSources(sources, customVendors);
}
