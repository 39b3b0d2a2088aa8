import type { LocatedYaml } from '../config-errors.js';
import type { VendorRule } from '../catalog/catalog.js';
import type { EvidenceContext, Position, SeveritySetting } from '../types.js';
import type { TransferMechanism } from './vocabulary.js';

/** A `subprocessors:` entry, normalised. */
export interface ManifestSubprocessor {
  vendor?: string;
  organization?: string;
  purpose?: string;
  /** Data categories (src/manifest/vocabulary.ts ids, or free text shown as written). */
  data?: string[];
  /** ISO 3166-1 alpha-2 codes, `EU` or `EEA`; a single code in the file is read as a list. */
  location?: string[];
  /** Transfer mechanisms out of the EEA. */
  transfer?: TransferMechanism[];
  'approved-by'?: string;
  /** YYYY-MM-DD. */
  'approved-on'?: string;
  paths?: string[];
  'expect-in-code'?: boolean;
  /** Defined in the manifest itself, with its own signatures. */
  custom: boolean;
  /** Where the entry's `vendor:`/`organization:` value stands in the manifest. */
  position: Position;
  /** Where the `purpose:` value stands, when there is one (purpose-missing points there). */
  purposePosition?: Position;
}

/** A `prohibited:` entry: exactly one of vendor, organization, category. */
export interface ManifestProhibition {
  vendor?: string;
  organization?: string;
  category?: string;
  reason?: string;
  position: Position;
}

/** An `exceptions:` entry. */
export interface ManifestException {
  rule: string;
  vendor?: string;
  paths?: string[];
  reason: string;
  expires?: string;
  position: Position;
}

/** Check options that can be set in the manifest. */
export interface ManifestSettings {
  'fail-on'?: 'error' | 'warning' | 'never';
  include?: string[];
  exclude?: string[];
  'first-party-domains'?: string[];
  /** The names the company goes by in its own privacy policy ("we"): never read as vendors there. */
  'company-names'?: string[];
  'rules-dir'?: string;
  'repository-url'?: string;
  /** Evidence contexts that count as integration; default `[runtime]`. */
  'count-as-used'?: EvidenceContext[];
  /** Globs added to (or, with `!`, removed from) the built-in test paths. */
  'test-paths'?: string[];
  /** A baseline file written by `check --write-baseline`, relative to the repository root. */
  baseline?: string;
}

/** The policy manifest, validated. */
export interface Manifest {
  /** Repo-relative POSIX path of the manifest file. */
  path: string;
  privacyPolicy: string | undefined;
  subprocessors: ManifestSubprocessor[];
  prohibited: ManifestProhibition[];
  exceptions: ManifestException[];
  ignore: string[];
  rules: Record<string, SeveritySetting>;
  settings: ManifestSettings;
  customVendors: VendorRule[];
  /** The manifest's text, for inline ignore comments. */
  text: string;
  yaml: LocatedYaml;
}
