import type { Catalog } from '../catalog/catalog.js';
import type { ManifestSubprocessor } from '../manifest/types.js';
import type { TransferMechanism } from '../manifest/vocabulary.js';
import { dataLabel, locationName, transferLabel } from '../manifest/vocabulary.js';
import { ruleMeta } from '../checks/index.js';
import type { CommitInfo } from '../git.js';
import type { ChangeSummary } from './changes.js';
import { CONSTRUCTS, renderMessage } from '../messages.js';
import type { Detection, Evidence, EvidenceContext, Finding, Severity } from '../types.js';
import type { ReportContext } from './context.js';
import { countFindings } from './context.js';
import { urlPath } from './escape.js';

// The drift report's content, computed once and rendered per medium (html.ts, drift-markdown.ts),
// so the HTML file and the Markdown for wikis say the same thing.

/** Display names for vendors, organizations and categories. */
export type CatalogNames = Pick<Catalog, 'vendors' | 'organizations' | 'categories'>;

/** What the drift report renderers receive: a check context plus names and a date. */
export interface DriftReportContext extends ReportContext {
  catalog?: CatalogNames;
  /** Shown in the header; omitted when absent (snapshots stay stable). */
  generatedAt?: Date;
  /** The repository's name for the title, e.g. `acme/web`. */
  title?: string;
  /** The commit the scanned tree is at (from git); links point at it when no revision is given. */
  commit?: CommitInfo;
  /** `report --since REF`: what changed since then. */
  changes?: ChangeSummary;
}

/** How a detected vendor stands against the manifest. */
export type VendorStatus = 'declared' | 'undeclared' | 'waived' | 'prohibited' | 'out-of-scope';

/** A processor acts on our instructions; an independent controller decides for itself. */
export type VendorRole = 'processor' | 'controller';

/** A manifest exception that accepts an undeclared vendor. */
export interface Waiver {
  reason: string;
  expires?: string;
}

/** One detected vendor, with its names resolved and the manifest's purpose. */
export interface DriftVendor {
  id: string;
  name: string;
  organization: string;
  /** The contracting legal entity (catalog), or the organization's name. */
  legalEntity: string;
  role: VendorRole;
  categories: string[];
  declared: boolean;
  status: VendorStatus;
  waiver?: Waiver;
  /** What the manifest declares for it. */
  declaredAs: DeclaredFacts;
  privacy?: string;
  dpa?: string;
  /** Strongest first (runtime code, then dependencies, then transitive, then dev/test). */
  evidence: Evidence[];
}

/** What manifest entries record about a subprocessor, for the lawyer who signs the list. */
export interface DeclaredFacts {
  purpose?: string;
  /** Data category ids (or free text), in manifest order. */
  data?: string[];
  /** Location codes. */
  location?: string[];
  transfer?: TransferMechanism[];
  approvedBy?: string;
  approvedOn?: string;
}

const uniqueOf = (items: (string | undefined)[]) => [...new Set(items.filter((item): item is string => item !== undefined && item !== ''))];

/** The facts of one or more manifest entries (an organization entry and a vendor entry, say), merged. */
export function declaredFacts(entries: ManifestSubprocessor[]): DeclaredFacts {
  const purpose = uniqueOf(entries.map((entry) => entry.purpose)).join('; ');
  const data = uniqueOf(entries.flatMap((entry) => entry.data ?? []));
  const location = uniqueOf(entries.flatMap((entry) => entry.location ?? []));
  const transfer = uniqueOf(entries.flatMap((entry) => entry.transfer ?? [])) as TransferMechanism[];
  const approvedBy = uniqueOf(entries.map((entry) => entry['approved-by'])).join('; ');
  const approvedOn = uniqueOf(entries.map((entry) => entry['approved-on'])).sort().at(-1);
  return {
    ...(purpose ? { purpose } : {}),
    ...(data.length > 0 ? { data } : {}),
    ...(location.length > 0 ? { location } : {}),
    ...(transfer.length > 0 ? { transfer } : {}),
    ...(approvedBy ? { approvedBy } : {}),
    ...(approvedOn ? { approvedOn } : {}),
  };
}

/** The declared facts besides the purpose, labelled, for a cell or a list: `Data: Usage data`. */
export function factsInWords(facts: DeclaredFacts): { label: string; text: string }[] {
  const words: { label: string; text: string }[] = [];
  if (facts.data) words.push({ label: 'Data', text: facts.data.map(dataLabel).join(', ') });
  if (facts.location) words.push({ label: 'Location', text: facts.location.map(locationName).join(', ') });
  if (facts.transfer) words.push({ label: 'Transfer', text: facts.transfer.map(transferLabel).join(', ') });
  if (facts.approvedBy || facts.approvedOn) words.push({ label: 'Approved', text: [facts.approvedBy ? `by ${facts.approvedBy}` : '', facts.approvedOn ? `on ${facts.approvedOn}` : ''].filter(Boolean).join(' ') });
  return words;
}

/** Whether a declared subprocessor shows up in the code. */
export type DeclarationState = 'in-use' | 'unused' | 'not-expected';

/** One `subprocessors:` entry of the manifest. */
export interface DriftDeclaration {
  id: string;
  kind: 'vendor' | 'organization';
  name: string;
  declaredAs: DeclaredFacts;
  state: DeclarationState;
  /** Names of the detected vendors this entry covers. */
  detected: string[];
}

/** Detected vendors per category, split by declared or not. */
export interface CategoryCount {
  id: string;
  label: string;
  declared: number;
  undeclared: number;
  /** Undeclared but accepted by a manifest exception. */
  waived: number;
}

export interface DriftFinding {
  severity: Severity;
  rule: string;
  vendor?: string;
  path: string;
  line: number;
  message: string;
  suppression?: string;
  /** Further locations of the same finding (same rule, vendor and message), folded into this row. */
  more?: { path: string; line: number }[];
}

/**
 * One row per rule, vendor and message: an undeclared SDK called from 30 files is one decision
 * for the reader, not 30 rows; the other locations stay listed under it.
 */
export function foldFindings(items: DriftFinding[]): DriftFinding[] {
  const rows = new Map<string, DriftFinding>();
  for (const item of items) {
    const key = JSON.stringify([item.severity, item.rule, item.vendor ?? '', item.message, item.suppression ?? '']);
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { ...item });
      continue;
    }
    (row.more ??= []).push({ path: item.path, line: item.line });
  }
  return [...rows.values()];
}

/** A rule id shown in the report, with what it means. */
export interface RuleExplanation {
  id: string;
  description: string;
}

/** Everything the drift report shows. */
export interface DriftReport {
  title: string;
  verdict: 'fail' | 'warn' | 'pass';
  verdictText: string;
  /** The plain-language verdict, sentence by sentence, shown first. */
  summary: string[];
  commit?: CommitInfo;
  /** The web page of that commit, when the repository URL is known. */
  commitUrl?: string;
  counts: ReturnType<typeof countFindings>;
  manifest: string | null;
  files: number;
  toolVersion: string;
  generatedAt?: Date;
  vendors: DriftVendor[];
  findings: { severity: Severity; items: DriftFinding[] }[];
  suppressed: DriftFinding[];
  declarations: DriftDeclaration[];
  categories: CategoryCount[];
  /** Every rule id that appears in the findings, explained. */
  rules: RuleExplanation[];
  /** A web link to a line, or undefined when the repository URL is unknown. */
  link: (path: string, line: number) => string | undefined;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' };

export const STATUS_LABELS: Record<VendorStatus, string> = {
  declared: 'Declared',
  undeclared: 'Undeclared',
  waived: 'Waived by exception',
  prohibited: 'Prohibited',
  'out-of-scope': 'Declared, used out of scope',
};

export const ROLE_LABELS: Record<VendorRole, string> = { processor: 'Processor', controller: 'Independent controller' };

export const STATE_LABELS: Record<DeclarationState, string> = {
  'in-use': 'In use',
  unused: 'Not found in code',
  'not-expected': 'Not expected in code',
};

/** A link to a line in the repository's web view; only http(s) URLs are trusted. */
export function evidenceUrl(path: string, line: number, repositoryUrl?: string, revision?: string): string | undefined {
  if (!repositoryUrl || !/^https?:\/\/[^\s"'<>()\\`]+$/i.test(repositoryUrl)) return undefined;
  return `${repositoryUrl.replace(/\/+$/, '')}/blob/${urlPath(revision ?? 'HEAD')}/${urlPath(path)}#L${line}`;
}

function entriesFor(detection: Detection, subprocessors: ManifestSubprocessor[]): ManifestSubprocessor[] {
  const direct = subprocessors.filter((entry) => entry.vendor === detection.vendor);
  return direct.length > 0 ? direct : subprocessors.filter((entry) => entry.organization !== undefined && entry.organization === detection.organization);
}

function vendorStatus(detection: Detection, findings: Finding[]): VendorStatus {
  const own = findings.filter((finding) => !finding.suppressed && finding.vendor === detection.vendor);
  if (own.some((finding) => finding.rule === 'prohibited-vendor')) return 'prohibited';
  if (!detection.declared) {
    // Waived only when every undeclared-vendor finding of the vendor is accepted by an exception.
    const undeclared = findings.filter((finding) => finding.vendor === detection.vendor && finding.rule === 'undeclared-vendor');
    const waived = undeclared.length > 0 && undeclared.every((finding) => finding.suppressed && finding.suppression?.kind === 'exception');
    return waived ? 'waived' : 'undeclared';
  }
  if (own.some((finding) => finding.rule === 'out-of-scope')) return 'out-of-scope';
  return 'declared';
}

function waiverOf(detection: Detection, findings: Finding[], manifest: DriftReportContext['manifest']): Waiver | undefined {
  const finding = findings.find((item) => item.vendor === detection.vendor && item.rule === 'undeclared-vendor' && item.suppression?.kind === 'exception');
  if (!finding?.suppression) return undefined;
  const exception = manifest?.exceptions.find((entry) => entry.rule === 'undeclared-vendor' && entry.reason === finding.suppression?.reason && (entry.vendor === undefined || entry.vendor === detection.vendor));
  return { reason: finding.suppression.reason, ...(exception?.expires ? { expires: exception.expires } : {}) };
}

/** Lower is stronger: code that runs in production first, dev/test-only and transitive last. */
const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|spec|e2e|cypress|fixtures?)\/|\.(?:test|spec|stories)\.[a-z]+$/i;

const CONTEXT_STRENGTH: Record<EvidenceContext, number> = { runtime: 0, connector: 2, transitive: 2, dev: 3, test: 3, mention: 4, disabled: 4 };

function evidenceStrength(evidence: Evidence): number {
  if (evidence.context !== undefined && evidence.context !== 'runtime') return CONTEXT_STRENGTH[evidence.context];
  if (evidence.dev || TEST_PATH.test(evidence.path)) return 3;
  if (evidence.transitive) return 2;
  return evidence.kind === 'package' ? 1 : 0;
}

/** Evidence strongest first, in path/line order within a strength (the sort is stable). */
export function strongestFirst(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => evidenceStrength(a) - evidenceStrength(b));
}

const httpsUrl = (url: string | undefined) => (url !== undefined && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? url : undefined);

function toDriftFinding(finding: Finding, manifest: string | null): DriftFinding {
  return {
    severity: finding.severity,
    rule: finding.rule,
    ...(finding.vendor !== undefined ? { vendor: finding.vendor } : {}),
    path: finding.location.path,
    line: finding.location.line,
    message: renderMessage(finding, manifest),
    ...(finding.suppression ? { suppression: `${finding.suppression.kind}: ${finding.suppression.reason}` } : {}),
  };
}

function declarationsOf(context: DriftReportContext, vendors: DriftVendor[], detections: Detection[]): DriftDeclaration[] {
  const declarations: DriftDeclaration[] = [];
  for (const entry of context.manifest?.subprocessors ?? []) {
    const kind = entry.vendor !== undefined ? 'vendor' : 'organization';
    const id = entry.vendor ?? entry.organization ?? '';
    const covered = detections.filter((detection) => (kind === 'vendor' ? detection.vendor === id : detection.organization === id));
    const name =
      kind === 'vendor'
        ? (context.catalog?.vendors.get(id)?.name ?? context.manifest?.customVendors.find((vendor) => vendor.id === id)?.name ?? covered[0]?.name ?? id)
        : (context.catalog?.organizations.get(id)?.name ?? id);
    const state: DeclarationState = covered.length > 0 ? 'in-use' : entry['expect-in-code'] === false ? 'not-expected' : 'unused';
    declarations.push({
      id,
      kind,
      name,
      declaredAs: declaredFacts([entry]),
      state,
      detected: covered.map((detection) => vendors.find((vendor) => vendor.id === detection.vendor)?.name ?? detection.name),
    });
  }
  return declarations;
}

function categoriesOf(vendors: DriftVendor[], detections: Detection[], catalog?: CatalogNames): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const detection of detections) {
    const categories = detection.categories.length > 0 ? detection.categories : ['uncategorized'];
    const vendor = vendors.find((item) => item.id === detection.vendor);
    const declared = vendor?.declared ?? detection.declared;
    const status = vendor?.status;
    for (const id of categories) {
      const count = counts.get(id) ?? { id, label: catalog?.categories.get(id) ?? id, declared: 0, undeclared: 0, waived: 0 };
      if (declared) count.declared++;
      else if (status === 'waived') count.waived++;
      else count.undeclared++;
      counts.set(id, count);
    }
  }
  return [...counts.values()].sort((a, b) => b.declared + b.undeclared + b.waived - (a.declared + a.undeclared + a.waived) || a.label.localeCompare(b.label));
}

/** "PostHog, Hotjar and Meta Pixel": names in a sentence. */
export function listInWords(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The verdict a privacy lawyer reads first, in sentences. */
function plainVerdict(vendors: DriftVendor[], declarations: DriftDeclaration[], manifest: string | null): string[] {
  const listName = manifest === null ? 'the published list (there is no manifest)' : 'the published list';
  const names = (items: DriftVendor[]) => listInWords(items.map((vendor) => vendor.name));
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const sentences: string[] = [];
  const undeclared = vendors.filter((vendor) => vendor.status === 'undeclared');
  const prohibited = vendors.filter((vendor) => vendor.status === 'prohibited');
  const outOfScope = vendors.filter((vendor) => vendor.status === 'out-of-scope');
  const waived = vendors.filter((vendor) => vendor.status === 'waived');
  const unused = declarations.filter((declaration) => declaration.state === 'unused');
  if (undeclared.length > 0) sentences.push(`${count(undeclared.length, 'vendor in the code is', 'vendors in the code are')} not on ${listName}: ${names(undeclared)}.`);
  if (prohibited.length > 0) sentences.push(`${count(prohibited.length, 'vendor in the code is', 'vendors in the code are')} prohibited by the manifest: ${names(prohibited)}.`);
  if (outOfScope.length > 0) sentences.push(`${count(outOfScope.length, 'declared vendor is', 'declared vendors are')} used outside the paths declared for them: ${names(outOfScope)}.`);
  if (waived.length > 0) sentences.push(`${count(waived.length, 'vendor is', 'vendors are')} not on the list but accepted by a manifest exception: ${names(waived)}.`);
  if (unused.length > 0) sentences.push(`${count(unused.length, 'listed subprocessor was', 'listed subprocessors were')} not found in the code: ${listInWords(unused.map((declaration) => declaration.name))}.`);
  if (sentences.length === 0) sentences.push(vendors.length === 0 ? 'No third-party vendor was found in the code.' : `Every vendor found in the code (${vendors.length}) is on ${listName}.`);
  return sentences;
}

/** Compute the drift report's content from a scan result and the manifest. */
export function buildDriftReport(context: DriftReportContext): DriftReport {
  const { result, manifest, catalog } = context;
  const counts = countFindings(result.findings);
  const subprocessors = manifest?.subprocessors ?? [];
  const vendors = result.detections.map((detection): DriftVendor => {
    const entries = entriesFor(detection, subprocessors);
    const organization = catalog?.organizations.get(detection.organization);
    const rule = catalog?.vendors.get(detection.vendor) ?? manifest?.customVendors.find((vendor) => vendor.id === detection.vendor);
    const status = vendorStatus(detection, result.findings);
    const waiver = status === 'waived' ? waiverOf(detection, result.findings, manifest) : undefined;
    const privacy = httpsUrl(rule?.privacy);
    const dpa = httpsUrl(rule?.dpa);
    return {
      id: detection.vendor,
      name: detection.name,
      organization: organization?.name ?? detection.organization,
      legalEntity: organization?.legalEntity ?? organization?.name ?? detection.organization,
      role: rule?.role === 'controller' ? 'controller' : 'processor',
      categories: detection.categories.map((id) => catalog?.categories.get(id) ?? id),
      declared: detection.declared,
      status,
      ...(waiver ? { waiver } : {}),
      declaredAs: declaredFacts(entries),
      ...(privacy ? { privacy } : {}),
      ...(dpa ? { dpa } : {}),
      evidence: strongestFirst(detection.evidence),
    };
  });
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const findings = (['error', 'warning', 'note'] as const)
    .map((severity) => ({ severity, items: foldFindings(visible.filter((finding) => finding.severity === severity).map((finding) => toDriftFinding(finding, result.manifest))) }))
    .filter((group) => group.items.length > 0);
  const verdict = counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
  const declarations = declarationsOf(context, vendors, result.detections);
  const ruleIds = [...new Set(result.findings.map((finding) => finding.rule))].sort();
  const revision = context.revision ?? context.commit?.sha;
  return {
    title: context.title ?? 'repository',
    verdict,
    summary: plainVerdict(vendors, declarations, result.manifest),
    ...(context.commit ? { commit: context.commit } : {}),
    ...(context.commit && revision && evidenceUrl('', 1, context.repositoryUrl, revision) ? { commitUrl: `${context.repositoryUrl!.replace(/\/+$/, '')}/tree/${revision.split("/").map(encodeURIComponent).join("/")}` } : {}),
    verdictText: verdict === 'fail' ? 'Drift found: the code and the declared subprocessors disagree' : verdict === 'warn' ? 'Warnings: review before sign-off' : 'Code and policy agree',
    counts,
    manifest: result.manifest,
    files: result.stats.files,
    toolVersion: context.toolVersion,
    ...(context.generatedAt ? { generatedAt: context.generatedAt } : {}),
    vendors,
    findings,
    suppressed: foldFindings(result.findings.filter((finding) => finding.suppressed).map((finding) => toDriftFinding(finding, result.manifest))),
    declarations,
    categories: categoriesOf(vendors, result.detections, catalog),
    rules: ruleIds.map((id) => ({ id, description: ruleMeta(id)?.description ?? '' })),
    link: (path, line) => evidenceUrl(path, line, context.repositoryUrl, revision),
  };
}

/** What a rule id shown in the report means (empty for an id the report does not list). */
export function ruleDescription(report: Pick<DriftReport, 'rules'>, id: string): string {
  return report.rules.find((rule) => rule.id === id)?.description ?? '';
}

/** The page that documents every finding id, for links from reports read outside the repository. */
export const RULES_DOC = 'https://github.com/disclosed/disclosed/blob/main/docs/rules.md';

/** `path:line`, the label of a location. */
export function locationLabel(path: string, line: number): string {
  return `${path}:${line}`;
}

/** A short description of one piece of evidence: `package posthog-js (npm)`. */
export function evidenceLabel(evidence: Evidence): string {
  return `${evidence.kind} ${evidence.match}${evidence.ecosystem ? ` (${evidence.ecosystem})` : ''}`;
}


/**
 * Where the evidence runs, in words, for a reader who does not know the ecosystems: the context
 * src/context/ decided (SPEC: runtime, dev, transitive, test, disabled, mention, connector).
 */
export function evidenceContext(evidence: Evidence): string {
  const via = evidence.via && evidence.via.length > 1 ? ` via ${evidence.via.join(' → ')}` : '';
  switch (evidence.context) {
    case 'transitive':
      return `transitive dependency${via}, pulled in by another package`;
    case 'dev':
      return `development or build dependency only${via}, not shipped`;
    case 'test':
      return 'in test or example code only';
    case 'disabled':
      return 'switched off by configuration';
    case 'mention':
      return `mentioned only${evidence.mention ? ` ${CONSTRUCTS[evidence.mention]}` : ''}, not called`;
    case 'connector':
      return 'a connector your users set up with their own account';
    case 'runtime':
      if (evidence.kind === 'request') return 'requested by the running site';
      return evidence.kind === 'package' ? 'direct dependency, shipped' : 'in application code';
    default:
      if (evidence.dev) return 'development or test dependency only';
      if (TEST_PATH.test(evidence.path)) return 'in test code';
      if (evidence.transitive) return `indirect dependency${via}, pulled in by another package`;
      return evidence.kind === 'package' ? 'direct dependency' : 'in application code';
  }
}

/** `abc1234 on main, 2026-11-20 10:00 UTC`: what the report describes. */
export function commitLabel(commit: CommitInfo): string {
  const date = new Date(commit.date);
  const when = Number.isNaN(date.getTime()) ? commit.date : `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  return `commit ${commit.sha.slice(0, 12)}${commit.branch ? ` on branch ${commit.branch}` : ' (detached)'}, committed ${when}${commit.modified ? ', with uncommitted changes' : ''}`;
}
