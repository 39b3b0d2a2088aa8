import { escapeHtml, selfContainedCsp } from './escape.js';
import type { SubprocessorEntity, SubprocessorList } from './subprocessors.js';
import { DRAFT_TEXT, NOT_REVIEWED, SECTION_TEXT, serviceColumns, serviceFact, unreviewedMessage } from './subprocessors.js';

// The public subprocessor list as one self-contained HTML page, to publish as is or paste into a
// trust page: no scripts, no network requests (a CSP admits only the inline style, by hash).

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; }
.muted { color: var(--muted); }
.draft { border: 2px solid #b42318; color: #b42318; background: #fde8e7; padding: .75rem 1rem; border-radius: 6px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-alt); font-size: .85rem; }
tbody.entity { border-top: 2px solid var(--line); }
td.terms a { display: block; }
.unreviewed { color: #b42318; font-weight: 600; }
a { color: #0969da; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } tbody.entity { break-inside: avoid; } a { color: inherit; } }
`;

const CSP = selfContainedCsp(STYLE);

function entityRows(entity: SubprocessorEntity, columns: string[]): string {
  const terms = [...entity.privacy.map((url) => `<a href="${escapeHtml(url)}">Privacy policy</a>`), ...entity.dpa.map((url) => `<a href="${escapeHtml(url)}">DPA</a>`)].join('');
  const rows = entity.services.map((service, index) => {
    // The entity spans its services' rows: Google LLC once, its products under it.
    const head = index === 0 ? `<th scope="rowgroup" rowspan="${entity.services.length}">${escapeHtml(entity.name)}</th>` : '';
    const purpose = service.unreviewed ? `<span class="unreviewed">${NOT_REVIEWED}</span>` : escapeHtml(service.facts.purpose ?? '');
    const facts = columns.map((column) => `<td>${escapeHtml(serviceFact(service, column))}</td>`).join('');
    const termsCell = index === 0 ? `<td class="terms" rowspan="${entity.services.length}">${terms}</td>` : '';
    return `<tr>${head}<td>${escapeHtml(service.name)}</td><td>${purpose}</td>${facts}${termsCell}</tr>`;
  });
  return `<tbody class="entity">${rows.join('')}</tbody>`;
}

/** The public subprocessor list as a self-contained HTML page. */
export function formatSubprocessorsHtml(list: SubprocessorList, title = 'Subprocessors'): string {
  const columns = serviceColumns(list);
  const sections: string[] = [];
  for (const role of ['processors', 'controllers'] as const) {
    if (list[role].length === 0) continue;
    const header = ['Subprocessor', 'Service', 'Purpose', ...columns.map((column) => (column === 'Data' ? 'Data processed' : column)), 'Terms'];
    sections.push(
      `<section id="${role}"><h2>${SECTION_TEXT[role].title}</h2><p class="muted">${escapeHtml(SECTION_TEXT[role].text)}</p>`,
      `<table><thead><tr>${header.map((label) => `<th scope="col">${label}</th>`).join('')}</tr></thead>${list[role].map((entity) => entityRows(entity, columns)).join('\n')}</table></section>`,
    );
  }
  const draft = list.unreviewed.length > 0 ? `<p class="draft" id="draft">${DRAFT_TEXT.toUpperCase()}: ${escapeHtml(unreviewedMessage(list))}.</p>` : '';
  const empty = sections.length === 0 ? '<p>We do not currently engage any subprocessors.</p>' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${draft ? 'DRAFT: ' : ''}${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${draft}
${list.lastUpdated ? `<p class="muted" id="last-updated">Last updated: <time datetime="${escapeHtml(list.lastUpdated)}">${escapeHtml(list.lastUpdated)}</time></p>` : ''}
${empty}${sections.join('\n')}
</body>
</html>
`;
}
