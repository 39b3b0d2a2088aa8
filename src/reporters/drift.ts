import type { Catalog } from '../catalog/catalog.js';
import type { ManifestSubprocessor } from '../manifest/types.js';
import { renderMessage } from '../messages.js';
import type { Detection, Evidence, Finding, Severity } from '../types.js';
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
}

/** How a detected vendor stands against the manifest. */
export type VendorStatus = 'declared' | 'undeclared' | 'prohibited' | 'out-of-scope';

/** One detected vendor, with its names resolved and the manifest's purpose. */
export interface DriftVendor {
  id: string;
  name: string;
  organization: string;
  categories: string[];
  declared: boolean;
  status: VendorStatus;
  purpose?: string;
  evidence: Evidence[];
}

/** Whether a declared subprocessor shows up in the code. */
export type DeclarationState = 'in-use' | 'unused' | 'not-expected';

/** One `subprocessors:` entry of the manifest. */
export interface DriftDeclaration {
  id: string;
  kind: 'vendor' | 'organization';
  name: string;
  purpose?: string;
  data?: string[];
  location?: string;
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
}

export interface DriftFinding {
  severity: Severity;
  rule: string;
  vendor?: string;
  path: string;
  line: number;
  message: string;
  suppression?: string;
}

/** Everything the drift report shows. */
export interface DriftReport {
  title: string;
  verdict: 'fail' | 'warn' | 'pass';
  verdictText: string;
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
  /** A web link to a line, or undefined when the repository URL is unknown. */
  link: (path: string, line: number) => string | undefined;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' };

export const STATUS_LABELS: Record<VendorStatus, string> = {
  declared: 'Declared',
  undeclared: 'Undeclared',
  prohibited: 'Prohibited',
  'out-of-scope': 'Declared, used out of scope',
};

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
  if (!detection.declared) return 'undeclared';
  if (own.some((finding) => finding.rule === 'out-of-scope')) return 'out-of-scope';
  return 'declared';
}

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
      ...(entry.purpose !== undefined ? { purpose: entry.purpose } : {}),
      ...(entry.data !== undefined ? { data: entry.data } : {}),
      ...(entry.location !== undefined ? { location: entry.location } : {}),
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
    const declared = vendors.find((vendor) => vendor.id === detection.vendor)?.declared ?? detection.declared;
    for (const id of categories) {
      const count = counts.get(id) ?? { id, label: catalog?.categories.get(id) ?? id, declared: 0, undeclared: 0 };
      if (declared) count.declared++;
      else count.undeclared++;
      counts.set(id, count);
    }
  }
  return [...counts.values()].sort((a, b) => b.declared + b.undeclared - (a.declared + a.undeclared) || a.label.localeCompare(b.label));
}

/** Compute the drift report's content from a scan result and the manifest. */
export function buildDriftReport(context: DriftReportContext): DriftReport {
  const { result, manifest, catalog } = context;
  const counts = countFindings(result.findings);
  const subprocessors = manifest?.subprocessors ?? [];
  const vendors = result.detections.map((detection): DriftVendor => {
    const purposes = [...new Set(entriesFor(detection, subprocessors).flatMap((entry) => (entry.purpose ? [entry.purpose] : [])))];
    return {
      id: detection.vendor,
      name: detection.name,
      organization: catalog?.organizations.get(detection.organization)?.name ?? detection.organization,
      categories: detection.categories.map((id) => catalog?.categories.get(id) ?? id),
      declared: detection.declared,
      status: vendorStatus(detection, result.findings),
      ...(purposes.length > 0 ? { purpose: purposes.join('; ') } : {}),
      evidence: detection.evidence,
    };
  });
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const findings = (['error', 'warning', 'note'] as const)
    .map((severity) => ({ severity, items: visible.filter((finding) => finding.severity === severity).map((finding) => toDriftFinding(finding, result.manifest)) }))
    .filter((group) => group.items.length > 0);
  const verdict = counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
  return {
    title: context.title ?? 'repository',
    verdict,
    verdictText: verdict === 'fail' ? 'Drift found: the code and the declared subprocessors disagree' : verdict === 'warn' ? 'Warnings: review before sign-off' : 'Code and policy agree',
    counts,
    manifest: result.manifest,
    files: result.stats.files,
    toolVersion: context.toolVersion,
    ...(context.generatedAt ? { generatedAt: context.generatedAt } : {}),
    vendors,
    findings,
    suppressed: result.findings.filter((finding) => finding.suppressed).map((finding) => toDriftFinding(finding, result.manifest)),
    declarations: declarationsOf(context, vendors, result.detections),
    categories: categoriesOf(vendors, result.detections, catalog),
    link: (path, line) => evidenceUrl(path, line, context.repositoryUrl, context.revision),
  };
}

/** `path:line`, the label of a location. */
export function locationLabel(path: string, line: number): string {
  return `${path}:${line}`;
}

/** A short description of one piece of evidence: `package posthog-js (npm)`. */
export function evidenceLabel(evidence: Evidence): string {
  const context = evidence.context && evidence.context !== 'runtime' ? `${evidence.context}${evidence.via && evidence.via.length > 0 ? ` via ${evidence.via.join(' → ')}` : ''}` : undefined;
  const flags = [evidence.ecosystem, context].filter(Boolean);
  return `${evidence.kind} ${evidence.match}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}
