import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MANIFEST_NAMES,
  RULES,
  addOutcome,
  builtinCatalogSource,
  claimersOf,
  commitSource,
  compileFileFilter,
  compileSources,
  configErrors,
  customVendorCollisions,
  emptyFilesScan,
  evaluate,
  listForScan,
  packageRoot,
  parseManifest,
  readCatalogSource,
  scan,
  scanFiles,
  scanOneFile
} from "./engine-RC5ZXYEF.js";

// src/reporters/context.ts
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) {
      counts.suppressed++;
      continue;
    }
    if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/messages.ts
var TEMPLATES = {
  "undeclared-vendor": (a, m) => `${a.name} is used here (${a.match}) but not declared as a subprocessor in ${m}`,
  "prohibited-vendor": (a, m) => `${a.name} is prohibited by ${m}${a.by === "vendor" ? "" : ` (${a.by} "${a.target}")`}${a.reason ? `: ${a.reason}` : ""}`,
  "out-of-scope": (a) => `${a.name} is declared only for ${a.paths}, but is used here (${a.match})`,
  "declared-not-found": (a) => `${a.name} is declared as a subprocessor but was not found in the code`,
  "unknown-vendor": (a) => `unknown ${a.kind} "${a.id}"${a.suggestions ? `; did you mean ${String(a.suggestions).split(", ").map((s) => `"${s}"`).join(" or ")}?` : ""}`,
  "parse-warning": (a) => `could not fully read this file: ${a.message}; the scan went on`,
  "invalid-ignore": (a) => `malformed suppression "${a.text}": write \`disclosed-ignore <rule> -- <reason>\``,
  "exception-expired": (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ""} expired on ${a.expires} and no longer applies`,
  "exception-unused": (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ""} suppresses nothing; remove it`,
  "policy-text-missing": (a) => `${a.name} is declared as a subprocessor but the privacy policy (${a.policy}) does not name it`,
  "policy-text-undeclared": (a, m) => `the privacy policy names ${a.name} ("${a.sentence}") but ${m} does not declare it`,
  "policy-text-contradiction": (a) => `the privacy policy says ${a.target} is not used ("${a.sentence}"), but ${a.name} is detected in the code (${a.evidence})`,
  "unlisted-third-party": (a) => `loads from or sends to ${a.host}${a.entity ? ` (${a.entity}${a.category ? `, ${a.category}` : ""})` : ""}, a third party the catalog does not know`
};
function renderMessage(finding, manifest) {
  const template = TEMPLATES[finding.rule];
  const where = manifest ?? "the policy manifest (none found)";
  return template ? template(finding.args, where) : `${finding.rule}: ${JSON.stringify(finding.args)}`;
}

// src/reporters/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var formatGithub = ({ result }) => {
  const lines = [];
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    const { path, line, column } = finding.location;
    const properties = `file=${escapeProperty(path)},line=${line},col=${column},title=${escapeProperty(`disclosed: ${finding.rule}`)}`;
    lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(renderMessage(finding, result.manifest))}`);
  }
  const counts = countFindings(result.findings);
  lines.push(`disclosed: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes in ${result.stats.files} files`);
  return `${lines.join("\n")}
`;
};

// src/reporters/html.ts
import { createHash } from "node:crypto";

// src/reporters/drift.ts
var SEVERITY_LABELS = { error: "Errors", warning: "Warnings", note: "Notes" };
var STATUS_LABELS = {
  declared: "Declared",
  undeclared: "Undeclared",
  prohibited: "Prohibited",
  "out-of-scope": "Declared, used out of scope"
};
var STATE_LABELS = {
  "in-use": "In use",
  unused: "Not found in code",
  "not-expected": "Not expected in code"
};
function evidenceUrl(path, line, repositoryUrl, revision) {
  if (!repositoryUrl || !/^https?:\/\/[^\s"'<>()\\`]+$/i.test(repositoryUrl)) return void 0;
  const encode = (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  const segments = (text) => text.split("/").map(encode).join("/");
  return `${repositoryUrl.replace(/\/+$/, "")}/blob/${segments(revision ?? "HEAD")}/${segments(path)}#L${line}`;
}
function entriesFor(detection, subprocessors) {
  const direct = subprocessors.filter((entry) => entry.vendor === detection.vendor);
  return direct.length > 0 ? direct : subprocessors.filter((entry) => entry.organization !== void 0 && entry.organization === detection.organization);
}
function vendorStatus(detection, findings) {
  const own = findings.filter((finding) => !finding.suppressed && finding.vendor === detection.vendor);
  if (own.some((finding) => finding.rule === "prohibited-vendor")) return "prohibited";
  if (!detection.declared) return "undeclared";
  if (own.some((finding) => finding.rule === "out-of-scope")) return "out-of-scope";
  return "declared";
}
function toDriftFinding(finding, manifest) {
  return {
    severity: finding.severity,
    rule: finding.rule,
    ...finding.vendor !== void 0 ? { vendor: finding.vendor } : {},
    path: finding.location.path,
    line: finding.location.line,
    message: renderMessage(finding, manifest),
    ...finding.suppression ? { suppression: `${finding.suppression.kind}: ${finding.suppression.reason}` } : {}
  };
}
function declarationsOf(context, vendors, detections) {
  const declarations = [];
  for (const entry of context.manifest?.subprocessors ?? []) {
    const kind = entry.vendor !== void 0 ? "vendor" : "organization";
    const id = entry.vendor ?? entry.organization ?? "";
    const covered = detections.filter((detection) => kind === "vendor" ? detection.vendor === id : detection.organization === id);
    const name = kind === "vendor" ? context.catalog?.vendors.get(id)?.name ?? context.manifest?.customVendors.find((vendor) => vendor.id === id)?.name ?? covered[0]?.name ?? id : context.catalog?.organizations.get(id)?.name ?? id;
    const state = covered.length > 0 ? "in-use" : entry["expect-in-code"] === false ? "not-expected" : "unused";
    declarations.push({
      id,
      kind,
      name,
      ...entry.purpose !== void 0 ? { purpose: entry.purpose } : {},
      ...entry.data !== void 0 ? { data: entry.data } : {},
      ...entry.location !== void 0 ? { location: entry.location } : {},
      state,
      detected: covered.map((detection) => vendors.find((vendor) => vendor.id === detection.vendor)?.name ?? detection.name)
    });
  }
  return declarations;
}
function categoriesOf(vendors, detections, catalog) {
  const counts = /* @__PURE__ */ new Map();
  for (const detection of detections) {
    const categories = detection.categories.length > 0 ? detection.categories : ["uncategorized"];
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
function buildDriftReport(context) {
  const { result, manifest, catalog } = context;
  const counts = countFindings(result.findings);
  const subprocessors = manifest?.subprocessors ?? [];
  const vendors = result.detections.map((detection) => {
    const purposes = [...new Set(entriesFor(detection, subprocessors).flatMap((entry) => entry.purpose ? [entry.purpose] : []))];
    return {
      id: detection.vendor,
      name: detection.name,
      organization: catalog?.organizations.get(detection.organization)?.name ?? detection.organization,
      categories: detection.categories.map((id) => catalog?.categories.get(id) ?? id),
      declared: detection.declared,
      status: vendorStatus(detection, result.findings),
      ...purposes.length > 0 ? { purpose: purposes.join("; ") } : {},
      evidence: detection.evidence
    };
  });
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const findings = ["error", "warning", "note"].map((severity) => ({ severity, items: visible.filter((finding) => finding.severity === severity).map((finding) => toDriftFinding(finding, result.manifest)) })).filter((group) => group.items.length > 0);
  const verdict = counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  return {
    title: context.title ?? "repository",
    verdict,
    verdictText: verdict === "fail" ? "Drift found: the code and the declared subprocessors disagree" : verdict === "warn" ? "Warnings: review before sign-off" : "Code and policy agree",
    counts,
    manifest: result.manifest,
    files: result.stats.files,
    toolVersion: context.toolVersion,
    ...context.generatedAt ? { generatedAt: context.generatedAt } : {},
    vendors,
    findings,
    suppressed: result.findings.filter((finding) => finding.suppressed).map((finding) => toDriftFinding(finding, result.manifest)),
    declarations: declarationsOf(context, vendors, result.detections),
    categories: categoriesOf(vendors, result.detections, catalog),
    link: (path, line) => evidenceUrl(path, line, context.repositoryUrl, context.revision)
  };
}
function locationLabel(path, line) {
  return `${path}:${line}`;
}
function evidenceLabel(evidence) {
  const flags = [evidence.ecosystem, evidence.transitive ? "transitive" : void 0, evidence.dev ? "dev" : void 0].filter(Boolean);
  return `${evidence.kind} ${evidence.match}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`;
}

// src/reporters/html.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
var STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa;
  --bad: #b42318; --bad-bg: #fde8e7; --warn: #8a5a00; --warn-bg: #fff4d6; --ok: #1a7f37; --ok-bg: #dafbe1; --note: #0b5cad; --note-bg: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.meta, .muted { color: var(--muted); font-size: .9rem; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
code.id { white-space: nowrap; overflow-wrap: normal; }
a { color: #0969da; }
[hidden] { display: none !important; }
.nowrap { white-space: nowrap; }
.verdict { margin: 1rem 0; padding: .9rem 1.1rem; border-radius: 6px; border: 1px solid; font-weight: 600; font-size: 1.1rem; }
.verdict-fail { color: var(--bad); background: var(--bad-bg); } .verdict-warn { color: var(--warn); background: var(--warn-bg); }
.verdict-pass { color: var(--ok); background: var(--ok-bg); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 9rem; }
.cards strong { display: block; font-size: 1.4rem; }
.controls { position: sticky; top: 0; background: #fff; padding: .5rem 0; z-index: 1; display: flex; gap: 1rem; align-items: center; }
.controls input { font: inherit; padding: .35rem .6rem; width: min(28rem, 100%); border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-alt); font-size: .85rem; white-space: nowrap; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; } th[aria-sort="descending"] button::after { content: " \\2193"; }
tbody tr:nth-child(even) { background: #fbfcfd; }
ul.evidence { margin: 0; padding: 0; list-style: none; font-size: .85rem; }
ul.evidence li { margin: 0 0 .15rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.badge-declared, .badge-in-use { color: var(--ok); background: var(--ok-bg); }
.badge-undeclared, .badge-prohibited, .badge-error { color: var(--bad); background: var(--bad-bg); }
.badge-out-of-scope, .badge-unused, .badge-warning { color: var(--warn); background: var(--warn-bg); }
.badge-not-expected, .badge-note { color: var(--note); background: var(--note-bg); }
table.chart { width: auto; } table.chart td { border: 0; padding: .2rem .6rem; } .chart .count { text-align: right; font-variant-numeric: tabular-nums; }
.bar-declared { fill: #2da44e; } .bar-undeclared { fill: #cf222e; }
.legend { font-size: .85rem; color: var(--muted); } .swatch { display: inline-block; width: .8rem; height: .8rem; vertical-align: -1px; margin: 0 .25rem 0 .75rem; }
.swatch-declared { background: #2da44e; } .swatch-undeclared { background: #cf222e; }
footer { margin-top: 2rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .controls, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; } tr, .cards li { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
var SCRIPT = `
(() => {
  const controls = document.getElementById('controls');
  const filter = document.getElementById('filter');
  const status = document.getElementById('filter-status');
  const vendorTable = document.getElementById('vendors');
  controls.hidden = false;
  const applyFilter = () => {
    const query = filter.value.trim().toLowerCase();
    for (const table of document.querySelectorAll('table[data-filterable]')) {
      for (const row of table.tBodies[0].rows) row.hidden = query !== '' && !row.textContent.toLowerCase().includes(query);
    }
    if (!vendorTable) return;
    const rows = [...vendorTable.tBodies[0].rows];
    status.textContent = query === '' ? '' : rows.filter((row) => !row.hidden).length + ' of ' + rows.length + ' vendors match';
  };
  filter.addEventListener('input', applyFilter);
  const sortKey = (row, index) => {
    const cell = row.cells[index];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim().toLowerCase();
  };
  for (const table of document.querySelectorAll('table[data-sortable]')) {
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((header, index) => {
      const button = header.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = [...body.rows].sort((a, b) => {
          const x = sortKey(a, index);
          const y = sortKey(b, index);
          const numeric = x !== '' && y !== '' && !isNaN(x) && !isNaN(y);
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
})();
`;
var hash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
var CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
var EVIDENCE_SHOWN = 8;
function locationHtml(report, path, line) {
  const label = `<code>${escapeHtml(locationLabel(path, line))}</code>`;
  const url = report.link(path, line);
  return url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}
function evidenceItem(report, evidence) {
  return `<li>${locationHtml(report, evidence.path, evidence.line)} <span class="muted">${escapeHtml(evidenceLabel(evidence))}</span></li>`;
}
function evidenceList(report, evidence) {
  const first = evidence.slice(0, EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const rest = evidence.slice(EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const more = rest.length > 0 ? `<details><summary>${rest.length} more</summary><ul class="evidence">${rest.join("")}</ul></details>` : "";
  return `<ul class="evidence">${first.join("")}</ul>${more}`;
}
var sortable = (label) => `<th scope="col"><button type="button">${escapeHtml(label)}</button></th>`;
function vendorsSection(report) {
  if (report.vendors.length === 0) return '<h2 id="vendors-heading">Detected vendors</h2>\n<p>No third-party SDKs, scripts or endpoints were detected.</p>';
  const rows = report.vendors.map(
    (vendor) => `<tr data-vendor="${escapeHtml(vendor.id)}"><td data-sort="${escapeHtml(vendor.name.toLowerCase())}"><strong>${escapeHtml(vendor.name)}</strong><br><code class="muted id">${escapeHtml(vendor.id)}</code></td><td>${escapeHtml(vendor.organization)}</td><td>${escapeHtml(vendor.categories.join(", "))}</td><td data-sort="${vendor.declared ? 1 : 0}"><span class="badge badge-${vendor.status}">${escapeHtml(STATUS_LABELS[vendor.status])}</span></td><td>${vendor.purpose ? escapeHtml(vendor.purpose) : '<span class="muted">none declared</span>'}</td><td data-sort="${vendor.evidence.length}">${evidenceList(report, vendor.evidence)}</td></tr>`
  );
  return [
    '<h2 id="vendors-heading">Detected vendors</h2>',
    '<table id="vendors" data-sortable data-filterable aria-labelledby="vendors-heading">',
    `<thead><tr>${["Vendor", "Organization", "Categories", "Status", "Purpose (manifest)", "Evidence"].map(sortable).join("")}</tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody>`,
    "</table>"
  ].join("\n");
}
function findingRows(report, items, withSuppression) {
  return items.map(
    (item) => `<tr><td><span class="badge badge-${item.severity}">${escapeHtml(item.severity)}</span></td><td><code class="id">${escapeHtml(item.rule)}</code></td><td class="nowrap">${escapeHtml(item.vendor ?? "")}</td><td data-sort="${escapeHtml(`${item.path}:${String(item.line).padStart(8, "0")}`)}">${locationHtml(report, item.path, item.line)}</td><td>${escapeHtml(item.message)}</td>${withSuppression ? `<td>${escapeHtml(item.suppression ?? "")}</td>` : ""}</tr>`
  ).join("\n");
}
function findingsSection(report) {
  const out = ["<h2>Findings by severity</h2>"];
  if (report.findings.length === 0) out.push("<p>No findings.</p>");
  const headers = ["Severity", "Rule", "Vendor", "Location", "Message"];
  for (const group of report.findings) {
    out.push(
      `<h3>${escapeHtml(SEVERITY_LABELS[group.severity])} (${group.items.length})</h3>`,
      `<table class="findings" data-sortable data-filterable data-severity="${group.severity}">`,
      `<thead><tr>${headers.map(sortable).join("")}</tr></thead>`,
      `<tbody>
${findingRows(report, group.items, false)}
</tbody>`,
      "</table>"
    );
  }
  if (report.suppressed.length > 0) {
    out.push(
      `<h3>Suppressed (${report.suppressed.length})</h3>`,
      '<p class="muted">Accepted by an inline <code>disclosed-ignore</code> comment or a manifest exception; listed for review.</p>',
      '<table class="findings" data-sortable data-filterable data-severity="suppressed">',
      `<thead><tr>${[...headers, "Reason"].map(sortable).join("")}</tr></thead>`,
      `<tbody>
${findingRows(report, report.suppressed, true)}
</tbody>`,
      "</table>"
    );
  }
  return out.join("\n");
}
function declaredSection(report) {
  const out = ['<h2 id="declared-heading">Declared subprocessors</h2>'];
  if (report.manifest === null) {
    out.push("<p>No policy manifest was found: nothing is declared. Run <code>disclosed init</code> to write a starter <code>subprocessors.yml</code>.</p>");
    return out.join("\n");
  }
  if (report.declarations.length === 0) {
    out.push(`<p>${escapeHtml(report.manifest)} declares no subprocessors.</p>`);
    return out.join("\n");
  }
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  out.push(`<p>${report.declarations.length} ${report.declarations.length === 1 ? "entry" : "entries"} in <code>${escapeHtml(report.manifest)}</code>; ${unused} not found in the code.</p>`);
  const rows = report.declarations.map(
    (declaration) => `<tr><td><strong>${escapeHtml(declaration.name)}</strong><br><code class="muted">${escapeHtml(`${declaration.kind === "organization" ? "organization: " : ""}${declaration.id}`)}</code></td><td>${escapeHtml(declaration.purpose ?? "")}</td><td>${escapeHtml((declaration.data ?? []).join(", "))}</td><td>${escapeHtml(declaration.location ?? "")}</td><td><span class="badge badge-${declaration.state}">${escapeHtml(STATE_LABELS[declaration.state])}</span>${declaration.kind === "organization" && declaration.detected.length > 0 ? `<br><span class="muted">${escapeHtml(declaration.detected.join(", "))}</span>` : ""}</td></tr>`
  );
  out.push(
    '<table id="declared" data-sortable data-filterable aria-labelledby="declared-heading">',
    `<thead><tr>${["Subprocessor", "Purpose", "Data", "Location", "In code"].map(sortable).join("")}</tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody>`,
    "</table>"
  );
  return out.join("\n");
}
var BAR_WIDTH = 320;
function chartSection(report) {
  if (report.categories.length === 0) return "";
  const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared));
  const rows = report.categories.map((category) => {
    const declared = Math.round(category.declared / max * BAR_WIDTH);
    const undeclared = Math.round(category.undeclared / max * BAR_WIDTH);
    const label = `${category.label}: ${category.declared} declared, ${category.undeclared} undeclared`;
    return `<tr><td>${escapeHtml(category.label)}</td><td><svg width="${BAR_WIDTH}" height="14" role="img" aria-label="${escapeHtml(label)}"><rect class="bar-declared" x="0" y="0" width="${declared}" height="14"/><rect class="bar-undeclared" x="${declared}" y="0" width="${undeclared}" height="14"/></svg></td><td class="count">${category.declared + category.undeclared}</td></tr>`;
  });
  return [
    "<h2>Vendors per category</h2>",
    '<p class="legend"><span class="swatch swatch-declared"></span>declared<span class="swatch swatch-undeclared"></span>undeclared</p>',
    `<table class="chart"><tbody>
${rows.join("\n")}
</tbody></table>`
  ].join("\n");
}
function summaryCards(report) {
  const undeclared = report.vendors.filter((vendor) => !vendor.declared).length;
  const prohibited = report.vendors.filter((vendor) => vendor.status === "prohibited").length;
  const unused = report.declarations.filter((declaration) => declaration.state === "unused").length;
  const cards = [
    [report.vendors.length, "vendors detected"],
    [undeclared, "undeclared"],
    [prohibited, "prohibited"],
    [unused, "declared, not found"],
    [report.counts.errors, "errors"],
    [report.counts.warnings, "warnings"]
  ];
  return `<ul class="cards">${cards.map(([count, label]) => `<li><strong>${count}</strong>${escapeHtml(label)}</li>`).join("")}</ul>`;
}
function formatHtml(context) {
  const report = buildDriftReport(context);
  const generated = report.generatedAt ? ` \xB7 generated ${report.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
  const meta = `manifest: ${report.manifest ?? "none"} \xB7 ${plural(report.files, "file")} scanned${generated}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Subprocessor drift report: ${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Subprocessor drift report: ${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(meta)}</p>
<p class="verdict verdict-${report.verdict}" id="verdict">${escapeHtml(report.verdictText)}</p>
${summaryCards(report)}
</header>
<main>
<div class="controls" id="controls" hidden><label for="filter">Filter</label><input id="filter" type="search" placeholder="vendor, file, rule, purpose\u2026" autocomplete="off"><span id="filter-status" class="muted" aria-live="polite"></span></div>
${vendorsSection(report)}
${chartSection(report)}
${findingsSection(report)}
${declaredSection(report)}
</main>
<footer class="muted">Generated by disclosed ${escapeHtml(report.toolVersion)}. Detection is by signatures in code, dependency manifests and configuration; a vendor integrated some other way may not appear.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// src/reporters/json.ts
var formatJson = ({ result, toolVersion: toolVersion2 }) => {
  const counts = countFindings(result.findings);
  const document = {
    version: 1,
    tool: { name: "disclosed", version: toolVersion2 },
    root: ".",
    manifest: result.manifest,
    summary: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: result.stats.durationMs,
      errors: counts.errors,
      warnings: counts.warnings,
      notes: counts.notes,
      suppressed: counts.suppressed,
      skipped: result.stats.skipped
    },
    detections: result.detections,
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      ...finding.vendor !== void 0 ? { vendor: finding.vendor } : {},
      message: renderMessage(finding, result.manifest),
      location: finding.location,
      evidence: finding.evidence,
      fingerprint: finding.fingerprint,
      new: finding.new ?? true,
      suppressed: finding.suppressed,
      ...finding.suppression ? { suppression: finding.suppression } : {},
      args: finding.args
    }))
  };
  return `${JSON.stringify(document, null, 2)}
`;
};

// src/reporters/markdown.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function locationLink(path, line, repositoryUrl, revision) {
  const label = `${path}:${line}`;
  if (!repositoryUrl) return `\`${label}\``;
  return `[\`${label}\`](${repositoryUrl.replace(/\/$/, "")}/blob/${revision ?? "HEAD"}/${encodeURI(path)}#L${line})`;
}
var formatMarkdown = ({ result, repositoryUrl, revision }) => {
  const counts = countFindings(result.findings);
  const out = [];
  const verdict = counts.errors > 0 ? "\u274C Drift found" : counts.warnings > 0 ? "\u26A0\uFE0F Warnings" : "\u2705 Code and policy agree";
  out.push(`## disclosed: ${verdict}`, "");
  out.push(
    `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ""} \xB7 ${plural(result.detections.length, "vendor")} detected \xB7 ${plural(result.stats.files, "file")} scanned \xB7 manifest: ${result.manifest ? `\`${result.manifest}\`` : "none"}`,
    ""
  );
  const visible = result.findings.filter((finding) => !finding.suppressed);
  if (visible.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Vendor | Location | Message |", "|---|---|---|---|---|");
    for (const finding of visible) {
      out.push(
        `| ${finding.severity} | \`${finding.rule}\` | ${cell(finding.vendor ?? "")} | ${locationLink(finding.location.path, finding.location.line, repositoryUrl, revision)} | ${cell(renderMessage(finding, result.manifest))} |`
      );
    }
    out.push("");
  }
  if (result.detections.length > 0) {
    out.push("### Detected vendors", "", "| Vendor | Organization | Categories | Declared | Evidence |", "|---|---|---|---|---|");
    for (const detection of result.detections) {
      const first = detection.evidence[0];
      const where = first ? `${locationLink(first.path, first.line, repositoryUrl, revision)}${detection.evidence.length > 1 ? ` and ${detection.evidence.length - 1} more` : ""}` : "";
      out.push(`| ${cell(detection.name)} (\`${detection.vendor}\`) | ${cell(detection.organization)} | ${detection.categories.join(", ")} | ${detection.declared ? "yes" : "**no**"} | ${where} |`);
    }
    out.push("");
  }
  for (const hint of result.hints) out.push(`> ${hint}`, "");
  return `${out.join("\n")}
`;
};

// src/reporters/sarif.ts
var LEVEL = { error: "error", warning: "warning", note: "note" };
var MAX_RESULTS = 25e3;
var DOCS = "https://github.com/disclosed/disclosed/blob/main/docs/rules.md";
var formatSarif = ({ result, toolVersion: toolVersion2 }) => {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "disclosed",
            version: toolVersion2,
            semanticVersion: toolVersion2,
            informationUri: "https://github.com/disclosed/disclosed",
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} ${rule.help}` },
              help: { text: rule.help, markdown: `**${rule.id}**: ${rule.help}` },
              helpUri: `${DOCS}#${rule.id}`,
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ["privacy"] }
            }))
          }
        },
        results: result.findings.slice(0, MAX_RESULTS).map((finding) => ({
          ruleId: finding.rule,
          ...ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {},
          level: LEVEL[finding.severity],
          message: { text: renderMessage(finding, result.manifest) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.location.path), uriBaseId: "%SRCROOT%" },
                region: { startLine: finding.location.line, startColumn: finding.location.column }
              }
            }
          ],
          ...finding.evidence.length > 1 ? {
            relatedLocations: finding.evidence.slice(0, 100).map((item, i) => ({
              id: i,
              physicalLocation: { artifactLocation: { uri: encodeURI(item.path), uriBaseId: "%SRCROOT%" }, region: { startLine: item.line, startColumn: item.column } },
              message: { text: `${item.kind}: ${item.match}` }
            }))
          } : {},
          partialFingerprints: { "disclosed/v1": finding.fingerprint },
          ...finding.suppressed && finding.suppression ? { suppressions: [{ kind: finding.suppression.kind === "inline" ? "inSource" : "external", justification: finding.suppression.reason }] } : {},
          properties: { ...finding.vendor ? { vendor: finding.vendor } : {}, new: finding.new ?? true }
        })),
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
};

// src/reporters/text.ts
var ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, green: 32 };
var formatText = ({ result, color }) => {
  const paint = (code, text) => color ? `\x1B[${ANSI[code]}m${text}\x1B[0m` : text;
  const lines = [];
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of visible) {
    const list = byFile.get(finding.location.path);
    if (list) list.push(finding);
    else byFile.set(finding.location.path, [finding]);
  }
  for (const [path, findings] of byFile) {
    lines.push("", paint("bold", path));
    for (const finding of findings) {
      const severity = finding.severity === "error" ? paint("red", "error  ") : finding.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "note   ");
      const position = `${finding.location.line}:${finding.location.column}`.padEnd(8);
      const isNew = finding.new === false ? paint("gray", " (pre-existing)") : "";
      lines.push(`  ${paint("gray", position)}${severity}  ${renderMessage(finding, result.manifest)}${isNew}  ${paint("gray", finding.rule)}`);
    }
  }
  const counts = countFindings(result.findings);
  const problems = counts.errors + counts.warnings + counts.notes;
  const seconds = (result.stats.durationMs / 1e3).toFixed(2);
  const scanned = `${plural(result.stats.files, "file")} scanned in ${seconds}s`;
  const vendors = `${plural(result.detections.length, "vendor")} detected`;
  lines.push("");
  if (problems === 0) {
    lines.push(paint("green", `\u2714 no problems`) + ` \xB7 ${vendors} \xB7 ${scanned}${counts.suppressed ? ` \xB7 ${counts.suppressed} suppressed` : ""}`);
  } else {
    const summary = `\u2716 ${plural(problems, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")})`;
    lines.push(`${paint(counts.errors > 0 ? "red" : "yellow", summary)} \xB7 ${vendors} \xB7 ${scanned}${counts.suppressed ? ` \xB7 ${counts.suppressed} suppressed` : ""}`);
  }
  for (const hint of result.hints) lines.push(paint("gray", hint));
  return `${lines.join("\n").replace(/^\n/, "")}
`;
};

// src/reporters/index.ts
var REPORTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  github: formatGithub,
  html: formatHtml
};

// src/run.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";

// src/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
var FORMAT = 2;
var ID_CHARS = 20;
function store(outcome) {
  if (outcome.kind !== "scanned") return outcome.kind;
  return outcome.result ? { bytes: outcome.bytes, result: outcome.result } : outcome.bytes;
}
function restore(stored) {
  if (typeof stored === "number") return { kind: "scanned", bytes: stored };
  if (typeof stored === "string") return { kind: stored, bytes: 0 };
  return { kind: "scanned", bytes: stored.bytes, result: stored.result };
}
function cacheKey(toolVersion2, sources, customVendors) {
  return createHash2("sha256").update(toolVersion2).update(JSON.stringify(sources)).update(JSON.stringify(customVendors)).digest("hex");
}
function readCacheFile(file, key) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.paths) || !Array.isArray(data.outcomes)) return void 0;
    if (typeof data.ids !== "string" || data.ids.length !== data.paths.length * ID_CHARS || data.outcomes.length !== data.paths.length) return void 0;
    return data;
  } catch {
    return void 0;
  }
}
function openCache(file, key) {
  const previous = (file === void 0 ? void 0 : readCacheFile(file, key)) ?? { format: FORMAT, key, paths: [], ids: "", outcomes: [] };
  const { paths, ids, outcomes } = previous;
  const first = /* @__PURE__ */ new Map();
  for (let i = paths.length - 1; i >= 0; i--) first.set(paths[i], i);
  const used = new Uint8Array(paths.length);
  let usedCount = 0;
  const added = /* @__PURE__ */ new Map();
  const find = (path, id) => {
    const start = first.get(path);
    if (start === void 0) return -1;
    for (let i = start; i < paths.length && paths[i] === path; i++) if (ids.startsWith(id, i * ID_CHARS)) return i;
    return -1;
  };
  return {
    key,
    loaded: paths.length,
    get(path, objectId) {
      const id = objectId.slice(0, ID_CHARS);
      const fresh = added.size === 0 ? void 0 : added.get(path)?.find((entry) => entry.id === id);
      if (fresh) return restore(fresh.stored);
      const at = find(path, id);
      if (at === -1) return void 0;
      if (used[at] === 0) usedCount++;
      used[at] = 1;
      return restore(outcomes[at]);
    },
    set(path, objectId, outcome) {
      const id = objectId.slice(0, ID_CHARS);
      const at = find(path, id);
      if (at !== -1) {
        if (used[at] === 0) usedCount++;
        used[at] = 1;
        return;
      }
      const versions = added.get(path) ?? [];
      if (!versions.some((entry) => entry.id === id)) versions.push({ id, stored: store(outcome) });
      added.set(path, versions);
    },
    save() {
      if (file === void 0 || added.size === 0 && usedCount === paths.length) return;
      const entries = [];
      for (let i = 0; i < paths.length; i++) if (used[i] === 1) entries.push([paths[i], ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS), outcomes[i]]);
      for (const [path, versions] of added) for (const { id, stored } of versions) entries.push([path, id, stored]);
      entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const data = { format: FORMAT, key, paths: entries.map((entry) => entry[0]), ids: entries.map((entry) => entry[1]).join(""), outcomes: entries.map((entry) => entry[2]) };
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(data));
        renameSync(temporary, file);
      } catch {
      }
    }
  };
}
function cacheFile(gitPath, root) {
  return resolve(root, gitPath);
}
var CACHE_NAME = `disclosed/outcomes-v${FORMAT}.json`;

// src/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
var PARALLEL_THRESHOLD = 2e3;
function workerCount(files, env = process.env) {
  const forced = forcedWorkers(env);
  if (forced !== void 0) return forced;
  return files < PARALLEL_THRESHOLD ? 0 : Math.min(Math.max(availableParallelism() - 1, 1), 8);
}
function forcedWorkers(env) {
  const forced = env.DISCLOSED_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced) ? Math.min(Number(forced), 16) : void 0;
}
var CHUNK_FILES = 256;
var COLLECT_AFTER_BYTES = 4 * 1024 * 1024;
function fullCollection() {
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc");
  } catch {
    return void 0;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}
function workerScript() {
  const url = new URL("./scan-worker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(url) ? url : void 0;
}
var WORKER_HEAP_MB = 128;
var WORKER_YOUNG_MB = 12;
async function scanFilesInParallel(listed, { script, root, sources, customVendors, workers, onProgress, cache, local, minFiles = 0 }) {
  const total = emptyFilesScan();
  const outcomes = total.outcomes = new Array(listed.length);
  const heavy = [];
  const light = [];
  listed.forEach((file, i) => {
    const id = cache ? file.id : void 0;
    const cached = id === void 0 ? void 0 : cache.get(file.path, id);
    if (cached) {
      outcomes[i] = cached;
      addOutcome(total, file.path, cached);
    } else if (local.claims(file.path)) heavy.push(i);
    else light.push(i);
  });
  let done = listed.length - heavy.length - light.length;
  const chunkCount = Math.ceil(light.length / CHUNK_FILES);
  const reported = new Uint8Array(chunkCount);
  let closed = false;
  const record = (at, outcome) => {
    const { path, id } = listed[at];
    outcomes[at] = outcome;
    addOutcome(total, path, outcome);
    if (id !== void 0) cache?.set(path, id, outcome);
    done++;
  };
  const chunkAt = (chunk) => light.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const count = light.length < minFiles ? 0 : Math.min(workers, chunkCount);
  const setup = count === 0 ? void 0 : {
    root,
    sources,
    customVendors,
    paths: light.map((at) => listed[at].path).join("\0"),
    sizes: Float64Array.from(light, (at) => listed[at].size),
    raws: light.flatMap((at, i) => listed[at].raw ? [[i, listed[at].raw]] : []),
    chunkFiles: CHUNK_FILES,
    next: next.buffer
  };
  const pool = [];
  const runWorker = () => new Promise((resolve3) => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    pool.push(worker);
    worker.on("message", (message) => {
      if ("chunk" in message) {
        if (closed || reported[message.chunk] === 1) return;
        reported[message.chunk] = 1;
        const first = message.chunk * CHUNK_FILES;
        message.outcomes.forEach((outcome, k) => record(light[first + k], outcome));
        onProgress?.(done, listed.length);
        return;
      }
      resolve3();
    });
    worker.on("error", () => resolve3());
    worker.on("exit", () => resolve3());
    worker.postMessage(setup);
  });
  const scanHere = async () => {
    const collect = heavy.length > 0 ? fullCollection() : void 0;
    for (const at of heavy) {
      const outcome = local.scan(listed[at]);
      record(at, outcome);
      if (outcome.bytes > COLLECT_AFTER_BYTES) collect?.();
      onProgress?.(done, listed.length);
      await new Promise((resolve3) => setImmediate(resolve3));
    }
    for (let chunk = Atomics.add(next, 0, 1); chunk < chunkCount; chunk = Atomics.add(next, 0, 1)) {
      for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]));
      reported[chunk] = 1;
      onProgress?.(done, listed.length);
      await new Promise((resolve3) => setImmediate(resolve3));
    }
  };
  try {
    await Promise.all([scanHere(), ...Array.from({ length: count }, runWorker)]);
  } finally {
    closed = true;
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  for (let chunk = 0; chunk < chunkCount; chunk++) if (reported[chunk] === 0) for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]));
  return total;
}

// src/run.ts
function usageError(message) {
  return { kind: "usage", message };
}
function isUsageError(value) {
  return typeof value === "object" && value !== null && value.kind === "usage";
}
function toolVersion() {
  return JSON.parse(readFileSync2(join(packageRoot(), "package.json"), "utf8")).version;
}
function insideRoot(root, path, what) {
  if (isAbsolute(path)) throw usageError(`${what} must be a path inside the repository, not an absolute path: ${path}`);
  const absolute = resolve2(root, path);
  const rel = relative(root, absolute);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw usageError(`${what} must stay inside the repository: ${path}`);
  if (existsSync2(absolute)) {
    const real = relative(realpathSync(root), realpathSync(absolute));
    if (real === ".." || real.startsWith(`..${sep}`) || isAbsolute(real)) throw usageError(`${what} links outside the repository: ${path}`);
  }
  return absolute;
}
function loadManifest(root, explicit, io) {
  if (explicit !== void 0) {
    const absolute = resolve2(io.cwd, explicit);
    if (!existsSync2(absolute)) throw usageError(`manifest not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join("/");
    return parseManifest(readFileSync2(absolute, "utf8"), display.startsWith("..") ? explicit : display);
  }
  for (const name of MANIFEST_NAMES) {
    const absolute = join(root, name);
    if (existsSync2(absolute)) return parseManifest(readFileSync2(insideRoot(root, name, "the policy manifest"), "utf8"), name);
  }
  return null;
}
function prepareScan(root, options, io) {
  const manifest = loadManifest(root, options.manifest, io);
  const settings = manifest?.settings ?? {};
  const extraDirs = [];
  const skipMatching = /* @__PURE__ */ new Set();
  if (manifest) skipMatching.add(manifest.path);
  if (settings["rules-dir"]) {
    const dir = insideRoot(root, settings["rules-dir"], "settings.rules-dir");
    if (!existsSync2(dir)) throw usageError(`settings.rules-dir not found: ${settings["rules-dir"]}`);
    if (statSync(dir).isDirectory()) for (const name of readdirSync(dir)) insideRoot(root, join(settings["rules-dir"], name), "settings.rules-dir");
    extraDirs.push(dir);
  }
  const policy = loadPolicy(root, manifest, options.privacyPolicy, io);
  if (policy && !policy.path.startsWith("..") && !isAbsolute(policy.path)) skipMatching.add(policy.path);
  if (manifest) {
    const collisions = customVendorCollisions(manifest, new Set(builtinCatalogSource().vendors.map((vendor) => vendor.id)));
    if (collisions.length > 0) throw configErrors(collisions);
  }
  const base = builtinCatalogSource();
  const catalogSources = extraDirs.length > 0 ? [base, readCatalogSource(extraDirs, base)] : [base];
  const catalog = compileSources(catalogSources, manifest?.customVendors ?? []);
  const rulesDir = settings["rules-dir"]?.replace(/\/+$/, "");
  const exclude = [...manifest?.ignore ?? [], ...settings.exclude ?? [], ...options.exclude ?? [], ...rulesDir ? [`${rulesDir}/**`] : []];
  const include = options.include && options.include.length > 0 ? options.include : settings.include ?? [];
  const key = cacheKey(toolVersion(), catalogSources, manifest?.customVendors ?? []);
  const cache = (options.cache === true ? openRepositoryCache(root, key) : void 0) ?? (options.cache ? openCache(void 0, key) : void 0);
  return { root, manifest, catalog, catalogSources, ...cache ? { cache } : {}, accept: compileFileFilter({ include, exclude }), skipMatching, ...policy ? { policy } : {} };
}
function loadPolicy(root, manifest, explicit, io) {
  if (explicit !== void 0) {
    const absolute2 = resolve2(io.cwd, explicit);
    if (!existsSync2(absolute2) || statSync(absolute2).isDirectory()) throw usageError(`privacy policy not found: ${explicit}`);
    const display = relative(root, absolute2).split(sep).join("/");
    return { path: display.startsWith("..") || isAbsolute(display) ? explicit : display, text: readFileSync2(absolute2, "utf8") };
  }
  if (!manifest?.privacyPolicy) return void 0;
  const absolute = insideRoot(root, manifest.privacyPolicy, "privacy-policy");
  if (!existsSync2(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy-policy not found: ${manifest.privacyPolicy} (named in ${manifest.path}); fix the path or remove the key`);
  return { path: relative(root, absolute).split(sep).join("/"), text: readFileSync2(absolute, "utf8") };
}
function openRepositoryCache(root, key) {
  let gitPath;
  try {
    gitPath = gitOutput(root, ["rev-parse", "--git-path", CACHE_NAME]);
  } catch {
    return void 0;
  }
  return openCache(cacheFile(gitPath, root), key);
}
function scanOptions(prepared, source, io) {
  const started = Date.now();
  let shown = false;
  const options = {
    source,
    catalog: prepared.catalog,
    manifest: prepared.manifest,
    accept: prepared.accept,
    skipMatching: prepared.skipMatching,
    policy: prepared.policy,
    ...prepared.cache ? { cache: prepared.cache } : {},
    now: io.now,
    onProgress: io.isTTY ? (done, total) => {
      if (Date.now() - started < 1e3) return;
      shown = true;
      io.stderr(`\rdisclosed: reading files ${done}/${total}\u2026`);
    } : void 0
  };
  return { options, done: () => shown ? io.stderr("\r\x1B[K") : void 0 };
}
function runScan(prepared, source, io) {
  const { options, done } = scanOptions(prepared, source, io);
  const result = scan(options);
  done();
  return result;
}
async function runScanAsync(prepared, source, io, seen) {
  const script = workerScript();
  const { options, done } = scanOptions(prepared, source, io);
  const started = performance.now();
  await source.prefetch?.();
  const listed = listForScan(options);
  const workers = workerCount(listed.length, io.env);
  const cache = prepared.cache;
  const read = (path, limit) => source.read(path, limit);
  const files = !script || !source.description.startsWith("working tree") || workers === 0 ? scanFiles(listed, read, prepared.catalog, void 0, options.onProgress, cache) : await scanFilesInParallel(listed, {
    script,
    root: source.root,
    sources: prepared.catalogSources,
    customVendors: prepared.manifest?.customVendors ?? [],
    workers,
    onProgress: options.onProgress,
    ...cache ? { cache } : {},
    local: { claims: (path) => claimersOf(path).length > 0, scan: (file) => scanOneFile(file, read, prepared.catalog) },
    // Most files answered by the cache (a second run, a diff): the rest are read here.
    minFiles: forcedWorkers(io.env) === void 0 ? PARALLEL_THRESHOLD : 0
  });
  done();
  if (seen) Object.assign(seen, { listed, outcomes: files.outcomes ?? [] });
  return evaluate(options, files, started);
}
function gitOutput(root, args) {
  return execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8").trim();
}
async function scanWithBase(head, base, source, revision, io) {
  const derivable = base === head && head.cache !== void 0;
  const differences = derivable ? source.differencesFrom?.(revision) : void 0;
  differences?.catch(() => void 0);
  const seen = {};
  const result = await runScanAsync(head, source, io, seen);
  const before = differences && seen.listed && seen.outcomes ? derivedBaseScan(head, seen, await differences, io) : await runScanAsync(base, source.baseAt?.(revision) ?? commitSource(source.root, revision), io);
  markNew(result, before);
  return result;
}
function derivedBaseScan(prepared, head, { differs, source }, io) {
  const started = performance.now();
  const { options } = scanOptions(prepared, source, io);
  const listed = listForScan(options);
  const differing = scanFiles(listed, (path, limit) => source.read(path, limit), prepared.catalog, void 0, void 0, prepared.cache).outcomes;
  const files = emptyFilesScan();
  let next = 0;
  const takeDiffering = () => addOutcome(files, listed[next].path, differing[next++]);
  head.listed.forEach((file, i) => {
    if (differs.has(file.path)) return;
    while (next < listed.length && listed[next].path < file.path) takeDiffering();
    addOutcome(files, file.path, head.outcomes[i]);
  });
  while (next < listed.length) takeDiffering();
  return evaluate(options, files, started);
}
function markNew(head, base) {
  const before = new Set(base?.findings.map((finding) => finding.fingerprint) ?? []);
  for (const finding of head.findings) finding.new = !before.has(finding.fingerprint);
}
function mergeBase(root, ref) {
  try {
    return gitOutput(root, ["merge-base", ref, "HEAD"]);
  } catch (error) {
    const detail = String(error.stderr ?? "").trim();
    throw usageError(`cannot find the merge-base of ${ref} and HEAD${detail ? ` (${detail.split("\n")[0]})` : ""}; fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`);
  }
}
var RANK = { error: 2, warning: 1, note: 0 };
function exitCodeFor(result, failOn) {
  if (failOn === "never") return 0;
  const threshold = failOn === "warning" ? 1 : 2;
  return result.findings.some((finding) => !finding.suppressed && finding.new !== false && RANK[finding.severity] >= threshold) ? 1 : 0;
}

export {
  renderMessage,
  plural,
  SEVERITY_LABELS,
  STATUS_LABELS,
  STATE_LABELS,
  buildDriftReport,
  locationLabel,
  evidenceLabel,
  formatHtml,
  cell,
  locationLink,
  REPORTERS,
  usageError,
  isUsageError,
  toolVersion,
  prepareScan,
  runScan,
  runScanAsync,
  scanWithBase,
  mergeBase,
  exitCodeFor
};
