import type { Evidence } from '../types.js';
import { formatChangesHtml } from './changes.js';
import { plural } from './context.js';
import { escapeHtml, selfContainedCsp } from './escape.js';
import type { DriftReport, DriftReportContext, DriftFinding } from './drift.js';
import { buildDriftReport, commitLabel, evidenceContext, factsInWords, ruleDescription, evidenceLabel, locationLabel, ROLE_LABELS, SEVERITY_LABELS, STATE_LABELS, STATUS_LABELS } from './drift.js';

// The drift report as one self-contained HTML file for a privacy team: no network requests
// (no fonts, scripts or images from anywhere), enforced by a Content-Security-Policy that only
// admits the inline style and script below by hash. Every interpolated string goes through
// escapeHtml: vendor names, paths and messages come from the scanned repository.

export { escapeHtml } from './escape.js';

const STYLE = `
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
code.loc { overflow-wrap: normal; word-break: normal; white-space: nowrap; } /* <wbr> after each / is the only break */
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
.badge-not-expected, .badge-note, .badge-waived { color: var(--note); background: var(--note-bg); }
.verdict p { margin: 0 0 .25rem; } .verdict .verdict-label { font-weight: 400; font-size: .95rem; }
dl.rules dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; } dl.rules dd { margin: 0 0 .4rem 1.5rem; }
td.terms a { display: block; }
td.evidence { min-width: 18rem; }
table.chart { width: auto; } table.chart td { border: 0; padding: .2rem .6rem; } .chart .count { text-align: right; font-variant-numeric: tabular-nums; }
.bar-declared { fill: #2da44e; } .bar-undeclared { fill: #cf222e; } .bar-waived { fill: #0b5cad; }
.legend { font-size: .85rem; color: var(--muted); } .swatch { display: inline-block; width: .8rem; height: .8rem; vertical-align: -1px; margin: 0 .25rem 0 .75rem; }
.swatch-declared { background: #2da44e; } .swatch-undeclared { background: #cf222e; } .swatch-waived { background: #0b5cad; }
footer { margin-top: 2rem; }
@media print {
  @page { size: A4; margin: 11mm 10mm; }
  /* rem-based sizes scale with the root: one knob for the printed size. */
  :root { font-size: 8.5pt; } body { max-width: none; padding: 0; font-size: 1rem; line-height: 1.3; }
  h1 { font-size: 14pt; } h2 { font-size: 11pt; margin: .8rem 0 .3rem; } h3 { font-size: 9.5pt; margin: .5rem 0 .25rem; }
  .verdict { padding: .4rem .6rem; margin: .4rem 0; font-size: 10pt; }
  .cards { margin: .4rem 0; gap: .3rem; } .cards li { padding: .1rem .5rem; min-width: 0; } .cards strong { display: inline; font-size: 10pt; margin-right: .25rem; }
  th, td { padding: .15rem .3rem; }
  /* One vendor is one block of two lines of cells, never split across pages: the facts a lawyer
     signs on the first line, categories, terms and the strongest evidence on the second. */
  #vendors, #vendors tbody { display: block; width: 100%; }
  #vendors thead { display: none; }
  tr.vendor { display: grid; grid-template-columns: 18% 18% 26% 38%; border-bottom: 1px solid var(--line); padding: .15rem 0; }
  tr.vendor td { display: block; border: 0; }
  tr.vendor td:nth-child(3) { grid-row: 2; grid-column: 1; font-size: 7.5pt; color: var(--muted); }
  tr.vendor td.terms { grid-row: 2; grid-column: 2; font-size: 7.5pt; } td.terms a { display: inline; margin-right: .4rem; }
  tr.vendor td.evidence { grid-row: 2; grid-column: 3 / 5; min-width: 0; }
  tbody tr:nth-child(even) { background: none; }
  tr.vendor, tr.vendor td, dl.rules dd, table.findings tr, #declared tr { break-inside: avoid; page-break-inside: avoid; }
  ul.evidence { font-size: 7.5pt; } ul.evidence li { display: inline; margin: 0; } ul.evidence li + li::before { content: " · "; } ul.evidence .label { display: none; }
  details > summary { list-style: none; font-size: 7pt; color: var(--muted); } details > summary::before { content: "+ "; }
  td.evidence ul.evidence, td.evidence details, td.evidence summary { display: inline; } td.evidence summary::before { content: " · + "; }
  table.findings details, #declared code.muted { display: none; }
  /* The heading names the severity; the message gets the room. */
  table.findings { table-layout: fixed; } table.findings tr > :first-child { display: none; }
  table.findings tr > :nth-child(2) { width: 17%; } table.findings tr > :nth-child(3) { width: 13%; } table.findings tr > :nth-child(4) { width: 24%; }
  table.chart, table.chart tbody { display: block; } table.chart tbody { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; }
  table.chart tr { display: grid; grid-template-columns: 1fr auto 2rem; align-items: center; } table.chart td { padding: 0 .3rem; font-size: 7.5pt; } table.chart svg { height: 8px; width: 120px; }
  .controls, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; } tr, .cards li { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

// Progressive enhancement: without scripts every row is shown and the page still reads top to bottom.
const SCRIPT = `
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
})();
`;

const CSP = selfContainedCsp(STYLE, SCRIPT);

/**
 * Evidence shown before the rest folds into a <details>: the strongest, which decide the verdict.
 * Printing keeps the rest folded ("2 more locations"): every location is one click away in the
 * file, and a printed report of 20 vendors stays at about 3 pages.
 */
const EVIDENCE_SHOWN = 3;

/** A path that wraps after its separators, never inside a file or folder name. */
function wrappablePath(text: string): string {
  return text.split('/').map(escapeHtml).join('/<wbr>');
}

function locationHtml(report: DriftReport, path: string, line: number): string {
  const label = `<code class="loc">${wrappablePath(locationLabel(path, line))}</code>`;
  const url = report.link(path, line);
  return url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}

function evidenceItem(report: DriftReport, evidence: Evidence): string {
  // On paper the context in words stays and the matched text goes: the location has it.
  return `<li>${locationHtml(report, evidence.path, evidence.line)} <span class="muted detail"><span class="label">${escapeHtml(evidenceLabel(evidence))}, </span>${escapeHtml(evidenceContext(evidence))}</span></li>`;
}

function evidenceList(report: DriftReport, evidence: Evidence[]): string {
  const first = evidence.slice(0, EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const rest = evidence.slice(EVIDENCE_SHOWN).map((item) => evidenceItem(report, item));
  const more = rest.length > 0 ? `<details><summary>${rest.length} more location${rest.length === 1 ? '' : 's'}</summary><ul class="evidence">${rest.join('')}</ul></details>` : '';
  return `<ul class="evidence">${first.join('')}</ul>${more}`;
}

const sortable = (label: string) => `<th scope="col"><button type="button">${escapeHtml(label)}</button></th>`;

function vendorsSection(report: DriftReport): string {
  if (report.vendors.length === 0) return '<h2 id="vendors-heading">Detected vendors</h2>\n<p>No third-party SDKs, scripts or endpoints were detected.</p>';
  const rows = report.vendors.map((vendor) => {
    const waiver = vendor.waiver
      ? `<br><span class="muted">${escapeHtml(vendor.waiver.reason)}${vendor.waiver.expires ? ` (expires ${escapeHtml(vendor.waiver.expires)})` : ' (no expiry)'}</span>`
      : '';
    const declared = [
      vendor.declaredAs.purpose ? escapeHtml(vendor.declaredAs.purpose) : '<span class="muted">no purpose declared</span>',
      ...factsInWords(vendor.declaredAs).map((fact) => `<br><span class="muted">${escapeHtml(fact.label)}:</span> ${escapeHtml(fact.text)}`),
    ].join('');
    const terms = [
      ...(vendor.privacy ? [`<a href="${escapeHtml(vendor.privacy)}">Privacy policy</a>`] : []),
      ...(vendor.dpa ? [`<a href="${escapeHtml(vendor.dpa)}">DPA</a>`] : []),
    ];
    return (
      `<tr class="vendor" data-vendor="${escapeHtml(vendor.id)}">` +
      `<td data-sort="${escapeHtml(vendor.name.toLowerCase())}"><strong>${escapeHtml(vendor.name)}</strong><br><code class="muted id">${escapeHtml(vendor.id)}</code></td>` +
      `<td>${escapeHtml(vendor.legalEntity)}<br><span class="muted">${escapeHtml(ROLE_LABELS[vendor.role])}</span></td>` +
      `<td>${escapeHtml(vendor.categories.join(', '))}</td>` +
      `<td data-sort="${vendor.declared ? 2 : vendor.status === 'waived' ? 1 : 0}"><span class="badge badge-${vendor.status}">${escapeHtml(STATUS_LABELS[vendor.status])}</span>${waiver}</td>` +
      `<td>${declared}</td>` +
      `<td class="terms">${terms.length > 0 ? terms.join('') : '<span class="muted">none in catalog</span>'}</td>` +
      `<td class="evidence" data-sort="${vendor.evidence.length}">${evidenceList(report, vendor.evidence)}</td>` +
      '</tr>'
    );
  });
  return [
    '<h2 id="vendors-heading">Detected vendors</h2>',
    '<table id="vendors" data-sortable data-filterable aria-labelledby="vendors-heading">',
    `<thead><tr>${['Vendor', 'Legal entity, role', 'Categories', 'Status', 'Declared purpose, data, location, transfer', 'Terms', 'Evidence (strongest first)'].map(sortable).join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function moreLocations(report: DriftReport, item: DriftFinding): string {
  if (!item.more) return '';
  const items = item.more.map((location) => `<li>${locationHtml(report, location.path, location.line)}</li>`).join('');
  return `<details><summary>${item.more.length} more location${item.more.length === 1 ? '' : 's'}</summary><ul class="evidence">${items}</ul></details>`;
}

function findingRows(report: DriftReport, items: DriftFinding[], withSuppression: boolean): string {
  return items
    .map(
      (item) =>
        `<tr><td><span class="badge badge-${item.severity}">${escapeHtml(item.severity)}</span></td><td><a href="#rule-${escapeHtml(item.rule)}" title="${escapeHtml(ruleDescription(report, item.rule))}"><code class="id">${escapeHtml(item.rule)}</code></a></td>` +
        `<td class="nowrap">${escapeHtml(item.vendor ?? '')}</td><td data-sort="${escapeHtml(`${item.path}:${String(item.line).padStart(8, '0')}`)}">${locationHtml(report, item.path, item.line)}${moreLocations(report, item)}</td>` +
        `<td>${escapeHtml(item.message)}</td>${withSuppression ? `<td>${escapeHtml(item.suppression ?? '')}</td>` : ''}</tr>`,
    )
    .join('\n');
}

function findingsSection(report: DriftReport): string {
  const out = ['<h2>Findings by severity</h2>'];
  if (report.findings.length === 0) out.push('<p>No findings.</p>');
  // The rule ids are explained before the tables that show them.
  if (report.rules.length > 0) {
    out.push(
      '<p class="muted">What the rules mean:</p>',
      `<dl class="rules">${report.rules.map((rule) => `<dt id="rule-${escapeHtml(rule.id)}">${escapeHtml(rule.id)}</dt><dd>${escapeHtml(rule.description)}</dd>`).join('')}</dl>`,
    );
  }
  const headers = ['Severity', 'Rule', 'Vendor', 'Location', 'Message'];
  for (const group of report.findings) {
    out.push(
      `<h3>${escapeHtml(SEVERITY_LABELS[group.severity])} (${group.items.length})</h3>`,
      `<table class="findings" data-sortable data-filterable data-severity="${group.severity}">`,
      `<thead><tr>${headers.map(sortable).join('')}</tr></thead>`,
      `<tbody>\n${findingRows(report, group.items, false)}\n</tbody>`,
      '</table>',
    );
  }
  if (report.suppressed.length > 0) {
    out.push(
      `<h3>Suppressed (${report.suppressed.length})</h3>`,
      '<p class="muted">Accepted by an inline <code>disclosed-ignore</code> comment or a manifest exception; listed for review.</p>',
      '<table class="findings" data-sortable data-filterable data-severity="suppressed">',
      `<thead><tr>${[...headers, 'Reason'].map(sortable).join('')}</tr></thead>`,
      `<tbody>\n${findingRows(report, report.suppressed, true)}\n</tbody>`,
      '</table>',
    );
  }
  return out.join('\n');
}

function declaredSection(report: DriftReport): string {
  const out = ['<h2 id="declared-heading">Declared subprocessors</h2>'];
  if (report.manifest === null) {
    out.push('<p>No policy manifest was found: nothing is declared. Run <code>disclosed init</code> to write a starter <code>subprocessors.yml</code>.</p>');
    return out.join('\n');
  }
  if (report.declarations.length === 0) {
    out.push(`<p>${escapeHtml(report.manifest)} declares no subprocessors.</p>`);
    return out.join('\n');
  }
  const unused = report.declarations.filter((declaration) => declaration.state === 'unused').length;
  out.push(`<p>${report.declarations.length} ${report.declarations.length === 1 ? 'entry' : 'entries'} in <code>${escapeHtml(report.manifest)}</code>; ${unused} not found in the code.</p>`);
  const rows = report.declarations.map(
    (declaration) =>
      `<tr><td><strong>${escapeHtml(declaration.name)}</strong><br><code class="muted">${escapeHtml(`${declaration.kind === 'organization' ? 'organization: ' : ''}${declaration.id}`)}</code></td>` +
      `<td>${escapeHtml(declaration.declaredAs.purpose ?? '')}</td><td>${factsInWords(declaration.declaredAs).map((fact) => `<span class="muted">${escapeHtml(fact.label)}:</span> ${escapeHtml(fact.text)}`).join('<br>')}</td>` +
      `<td><span class="badge badge-${declaration.state}">${escapeHtml(STATE_LABELS[declaration.state])}</span>` +
      `${declaration.kind === 'organization' && declaration.detected.length > 0 ? `<br><span class="muted">${escapeHtml(declaration.detected.join(', '))}</span>` : ''}</td></tr>`,
  );
  out.push(
    '<table id="declared" data-sortable data-filterable aria-labelledby="declared-heading">',
    `<thead><tr>${['Subprocessor', 'Purpose', 'Data, location, transfer, approval', 'In code'].map(sortable).join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  );
  return out.join('\n');
}

const BAR_WIDTH = 320;

function chartSection(report: DriftReport): string {
  if (report.categories.length === 0) return '';
  const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared + category.waived));
  const rows = report.categories.map((category) => {
    const declared = Math.round((category.declared / max) * BAR_WIDTH);
    const waived = Math.round((category.waived / max) * BAR_WIDTH);
    const undeclared = Math.round((category.undeclared / max) * BAR_WIDTH);
    const label = `${category.label}: ${category.declared} declared, ${category.undeclared} undeclared${category.waived ? `, ${category.waived} waived` : ''}`;
    return (
      `<tr><td>${escapeHtml(category.label)}</td><td><svg width="${BAR_WIDTH}" height="14" viewBox="0 0 ${BAR_WIDTH} 14" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">` +
      `<rect class="bar-declared" x="0" y="0" width="${declared}" height="14"/><rect class="bar-waived" x="${declared}" y="0" width="${waived}" height="14"/>` +
      `<rect class="bar-undeclared" x="${declared + waived}" y="0" width="${undeclared}" height="14"/></svg></td>` +
      `<td class="count">${category.declared + category.undeclared + category.waived}</td></tr>`
    );
  });
  return [
    '<h2>Vendors per category</h2>',
    '<p class="legend"><span class="swatch swatch-declared"></span>declared<span class="swatch swatch-waived"></span>waived by exception<span class="swatch swatch-undeclared"></span>undeclared</p>',
    `<table class="chart"><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

function summaryCards(report: DriftReport): string {
  const undeclared = report.vendors.filter((vendor) => vendor.status === 'undeclared').length;
  const waived = report.vendors.filter((vendor) => vendor.status === 'waived').length;
  const prohibited = report.vendors.filter((vendor) => vendor.status === 'prohibited').length;
  const unused = report.declarations.filter((declaration) => declaration.state === 'unused').length;
  const cards: [number, string][] = [
    [report.vendors.length, 'vendors detected'],
    [undeclared, 'undeclared'],
    ...(waived > 0 ? [[waived, 'waived by exception'] as [number, string]] : []),
    [prohibited, 'prohibited'],
    [unused, 'declared, not found'],
    [report.counts.errors, 'errors'],
    [report.counts.warnings, 'warnings'],
  ];
  return `<ul class="cards">${cards.map(([count, label]) => `<li><strong>${count}</strong>${escapeHtml(label)}</li>`).join('')}</ul>`;
}

/** The drift report as a self-contained HTML document. */
export function formatHtml(context: DriftReportContext): string {
  const report = buildDriftReport(context);
  const generated = report.generatedAt ? ` · generated ${report.generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
  const label = report.commit ? escapeHtml(commitLabel(report.commit)) : '';
  const described = report.commit ? `This report describes ${report.commitUrl ? `<a id="commit" href="${escapeHtml(report.commitUrl)}">${label}</a>` : `<span id="commit">${label}</span>`}. ` : '';
  const meta = `${described}${escapeHtml(`Manifest: ${report.manifest ?? 'none'} · ${plural(report.files, 'file')} scanned${generated}`)}`;
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
<p class="meta">${meta}</p>
<div class="verdict verdict-${report.verdict}" id="verdict">${report.summary.map((sentence) => `<p>${escapeHtml(sentence)}</p>`).join('')}<p class="verdict-label">${escapeHtml(report.verdictText)}.</p></div>
${summaryCards(report)}
</header>
<main>
<div class="controls" id="controls" hidden><label for="filter">Filter</label><input id="filter" type="search" placeholder="vendor, file, rule, purpose…" autocomplete="off"><span id="filter-status" class="muted" aria-live="polite"></span></div>
${vendorsSection(report)}
${chartSection(report)}
${findingsSection(report)}
${declaredSection(report)}
${context.changes ? formatChangesHtml(context.changes) : ''}
</main>
<footer class="muted">Generated by disclosed ${escapeHtml(report.toolVersion)}. Detection is by signatures in code, dependency manifests and configuration; a vendor integrated some other way may not appear.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
