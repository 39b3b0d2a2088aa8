import type { Catalog } from '../catalog/catalog.js';
import type { ThirdPartyHit } from '../matchers/third-parties.js';
import type { Manifest, ManifestSubprocessor, ManifestProhibition } from '../manifest/types.js';
import type { PolicyText } from '../policy-text/types.js';
import type { SkippedFile } from '../scan.js';
import type { Evidence, EvidenceContext, Location, ParseProblem, Severity, VendorEvidence } from '../types.js';

/** What a policy check knows: the catalog, the manifest, and every piece of evidence. */
export interface CheckContext {
  catalog: Catalog;
  manifest: Manifest | null;
  /** vendor id → its evidence, strongest first, each item with its `context`. */
  evidence: Map<string, VendorEvidence[]>;
  /** Evidence contexts that count as integration (`settings.count-as-used`, default `[runtime]`). */
  countAsUsed: readonly EvidenceContext[];
  declarations: Declarations;
  parseProblems: { path: string; problem: ParseProblem }[];
  /** Third-party hosts loaded or called in code that no catalog vendor claims. */
  thirdParties?: (ThirdPartyHit & { path: string })[];
  /** Files not read that carry catalog signatures, and checked-out submodules. */
  skippedFiles?: SkippedFile[];
  /** The published privacy-policy text, as read, when the manifest or `--privacy-policy` names one. */
  policy?: PolicyText;
  /** Every path of the scanned tree, scanned or not (listed on demand: only `paths:` globs need it). */
  repositoryPaths?: () => string[];
  /** The product's own domains (settings.first-party-domains, or read from the tree: src/context/first-party.ts). */
  firstPartyDomains: string[];
  /** Only part of the tree was read (a subfolder of a monorepo): "not found anywhere" cannot be said. */
  partial?: boolean;
}

/** Which vendors the manifest declares or prohibits, and by which entries. */
export interface Declarations {
  declared: Map<string, ManifestSubprocessor[]>;
  prohibited: Map<string, { by: 'vendor' | 'organization' | 'category'; entry: ManifestProhibition }>;
}

/** A finding as a check emits it: an id, arguments and a location; no words. */
export interface RawFinding {
  rule: string;
  vendor?: string;
  args: Record<string, string | number>;
  location: Location;
  evidence: Evidence[];
  /** This finding's severity when the manifest does not set one for the rule (default: the rule's). */
  defaultSeverity?: Severity;
}

/** Metadata of a finding id (ESLint's `meta`). */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
  /** What to do about it. */
  help: string;
}

/** A policy check: one module per finding id. */
export interface Check {
  meta: RuleMeta;
  run(context: CheckContext): RawFinding[];
}
