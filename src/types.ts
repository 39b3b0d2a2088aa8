import type { DependencyGraph } from './ecosystems/graph.js';

// The types every stage of the pipeline shares. Data flows one way:
// files → declared packages and source text → evidence → detections → findings → result.

/** Package ecosystems whose manifests and lockfiles we read. */
export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'rubygems',
  'go',
  'maven',
  'cocoapods',
  'swiftpm',
  'carthage',
  'pub',
  'composer',
  'nuget',
  'cargo',
  'hex',
  'upm',
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Severity of a finding, as ESLint and SARIF levels understand it. */
export type Severity = 'error' | 'warning' | 'note';
export type SeveritySetting = Severity | 'off';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A repo-relative POSIX path plus a 1-based position. */
export interface Location extends Position {
  path: string;
}

/** A package a manifest or lockfile says the project depends on. */
export interface DeclaredPackage extends Position {
  ecosystem: Ecosystem;
  name: string;
  /** false when only a lockfile proves it (pulled in by another package). */
  direct: boolean;
  /** true for dev/test-only dependency groups. */
  dev: boolean;
  /**
   * For a package only a lockfile proves: the chain from a direct dependency to it, both ends
   * included (`["@boxyhq/saml-jackson", "mixpanel"]`), when the lockfile records the graph.
   */
  via?: string[];
  /**
   * Declared only as a peer dependency (npm `peerDependencies`): a library's user installs and
   * configures it, so for the library it is a connector, not its own integration.
   */
  peer?: boolean;
  /**
   * A version pin that installs nothing by itself: Maven `<dependencyManagement>` (BOM imports
   * included), a NuGet central `<PackageVersion>`. The project that references the package is the use.
   */
  managed?: boolean;
}

/** Platform identifiers found in AndroidManifest.xml, Info.plist and similar files. */
export interface PlatformKey extends Position {
  platform: 'android' | 'ios';
  key: string;
  /** The value set for the key, when it is a scalar (`false`, `true`, an id): kill switches are read from it. */
  value?: string;
}

/** A file a parser could not fully read: becomes a `parse-warning` finding. */
export interface ParseProblem extends Position {
  message: string;
}

/** What a file-format parser returns: never throws on a user's file. */
export interface ParseResult {
  packages: DeclaredPackage[];
  platformKeys?: PlatformKey[];
  /** Hosts a platform file says the app talks to (PrivacyInfo.xcprivacy tracking domains). */
  hosts?: (Position & { host: string })[];
  /** Gradle plugins a build script or version catalog applies or declares (`com.google.firebase.crashlytics`). */
  gradlePlugins?: (Position & { id: string })[];
  /** What a lockfile says depends on what: transitive packages get `via` from it. */
  graph?: DependencyGraph;
  problems: ParseProblem[];
}

/** One file-format parser (one per format, as OSV-SCALIBR extractors). */
export interface FileParser {
  /** Stable id, e.g. `npm/package-lock`. */
  id: string;
  ecosystem: Ecosystem | 'android' | 'ios';
  /**
   * Cheap test on the repo-relative POSIX path: is this my file? `name` is the path's last
   * segment, passed by callers that ask every parser about the same path.
   */
  claims(path: string, name?: string): boolean;
  parse(text: string, path: string): ParseResult;
}

export type EvidenceKind = 'package' | 'code' | 'script' | 'domain' | 'platform' | 'import' | 'config' | 'request';

/**
 * What an evidence item says about integration (decided in src/context/ only):
 * `runtime` shipped code or configuration, a direct non-dev dependency; `dev` a dev/build-only
 * dependency; `transitive` pulled in by another package; `test` tests, examples, docs code;
 * `disabled` a kill switch set off; `mention` a host the code recognises or allows but does not call;
 * `connector` one of a published library's provider adapters, used with its users' own accounts.
 */
export const EVIDENCE_CONTEXTS = ['runtime', 'dev', 'transitive', 'test', 'disabled', 'mention', 'connector'] as const;
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];

/** The code construct that makes a match a mention rather than a call (see src/context/constructs.ts). */
export type MentionConstruct = 'allow-list' | 'url-pattern' | 'placeholder' | 'default-value' | 'resource-hint' | 'env-file' | 'media-link' | 'hyperlink' | 'not-installed' | 'first-party' | 'env-registry' | 'provider-table' | 'version-pin' | 'unreachable-module' | 'library-copy' | 'model-list' | 'url-list' | 'unused-dependency' | 'code-sample' | 'api-authorization' | 'host-list' | 'seed-data';

/** What a browser saw: evidence of kind `request` (`disclosed crawl`, `check --crawl`). */
export interface RuntimeRequest {
  /** The request's URL. */
  url: string;
  /** The page being loaded when it was sent. */
  page: string;
  /** Scripts that caused it, outermost first; empty when the page's HTML did. */
  initiator: string[];
  /** Sent with no consent banner clicked, before the click, after accepting, or after rejecting. */
  phase: 'page-load' | 'before-consent' | 'after-accept' | 'after-reject';
  /** Why it did not complete, when it did not. */
  failed?: string;
}

/** One reason to believe a vendor is integrated. */
export interface Evidence extends Location {
  kind: EvidenceKind;
  /** The text that matched: a package name, a host, a call. */
  match: string;
  ecosystem?: Ecosystem;
  /** A lockfile-only (indirect) dependency. */
  transitive?: boolean;
  /** A dev/test-only dependency. */
  dev?: boolean;
  /** Only a peer dependency: the package's user installs it (a `connector`). */
  peer?: boolean;
  /** Only a version pin (Maven `<dependencyManagement>`, NuGet `<PackageVersion>`): a `mention` (`version-pin`). */
  managed?: boolean;
  /** For `request` evidence: what the browser recorded. `path` is then the page's URL. */
  request?: RuntimeRequest;
  /** For a transitive package: the dependency chain from a direct dependency to it. */
  via?: string[];
  /** A platform key whose value switches the SDK off (the catalog's `disabled-by`). */
  switchedOff?: boolean;
  /** The construct around a match that only names the vendor. */
  mention?: MentionConstruct;
  /**
   * From a code pattern that names what only the vendor's package of this ecosystem provides;
   * read by src/context/ (`not-installed`) and removed before output.
   */
  needsPackage?: Ecosystem;
  /**
   * From a Gradle plugin id: build tooling (mapping-file upload, bytecode instrumentation) unless
   * the vendor's SDK shows up elsewhere; read by src/context/ and removed before output.
   */
  buildPlugin?: true;
  /**
   * From a file that starts with a `#!` interpreter line: a command-line program, which under a
   * scripts or tools folder is developer tooling; read by src/context/ and removed before output.
   */
  program?: true;
  /** Set by src/context/ once every file is read. */
  context?: EvidenceContext;
}

/** Evidence attributed to a vendor id. */
export interface VendorEvidence extends Evidence {
  vendor: string;
}

/** All evidence for one vendor. */
export interface Detection {
  vendor: string;
  name: string;
  organization: string;
  categories: string[];
  declared: boolean;
  /** Some evidence has a context that counts as use (`settings.count-as-used`, default runtime). */
  integrated: boolean;
  /** Strongest first: runtime code and scripts, then manifests, then lockfiles, tests last. */
  evidence: Evidence[];
}

/** A finding: a rule id plus arguments and a location; words are rendered later. */
export interface Finding {
  rule: string;
  severity: Severity;
  vendor?: string;
  /** Arguments for the message template of the rule. */
  args: Record<string, string | number>;
  location: Location;
  evidence: Evidence[];
  fingerprint: string;
  /** In diff mode: not present at the base. */
  new?: boolean;
  suppressed: boolean;
  /** Why it was suppressed: an inline comment, a manifest exception or a baseline entry. */
  suppression?: { kind: 'inline' | 'exception' | 'baseline'; reason: string; location?: Location };
}

/** Counters the scan keeps while reading files. */
export interface ScanStats {
  files: number;
  bytes: number;
  /**
   * Files not read, by reason: binary, over the size limit, unreadable, git submodules (their
   * content is another repository's), and default-ignored web files only looked at for signatures.
   */
  skipped: {
    binary: number;
    tooLarge: number;
    unreadable: number;
    submodule: number;
    ignored: number;
    /** Files in code or template formats no stage reads, and how many per format name (always set by a scan). */
    unsupported?: number;
    formats?: Record<string, number>;
    /** Translation catalogs: text shown to people, not read (always set by a scan). */
    translations?: number;
  };
  durationMs: number;
}

/** A listed file that was not read, and why (`check --verbose`). */
export interface NotRead {
  path: string;
  reason: 'too-large' | 'binary' | 'unreadable' | 'submodule' | 'ignored' | 'unsupported' | 'translation';
  /** The format's name, for `unsupported`. */
  format?: string;
  /** A `submodule` that is checked out but whose own repository could not be read. */
  checkedOut?: true;
}

/** The full result every reporter formats. */
export interface ScanResult {
  root: string;
  manifest: string | null;
  detections: Detection[];
  findings: Finding[];
  stats: ScanStats;
  /** Hints shown at the end of text output (e.g. run `disclosed init`). */
  hints: string[];
  /** Every listed file not read, with why: named by `check --verbose`. */
  notRead?: NotRead[];
  /** What a browser loaded (`disclosed crawl`, `check --crawl`), beyond the requests in the evidence. */
  runtime?: RuntimeSummary;
  /** The product's own domains and where each was read (src/context/first-party.ts). */
  firstParty?: FirstPartyDomain[];
}

/** A domain the product owns, and where that was read. */
export interface FirstPartyDomain {
  domain: string;
  /** The file that says so, or the manifest for `settings.first-party-domains`. */
  path: string;
  /** The line in that file; 0 for the manifest's settings. */
  line: number;
}

/** A crawl's pages, cookies, storage keys, consent click and warnings. */
export interface RuntimeSummary {
  pages: { url: string; depth: number; status: 'settled' | 'timeout' | 'error'; error?: string }[];
  requests: number;
  cookies: { name: string; domain: string }[];
  storage: { origin: string; key: string; page: string }[];
  consent?: { page: string; action: 'accept' | 'reject'; vendor?: string };
  warnings: string[];
  durationMs: number;
}
