import type { PolicySentence } from './types.js';

// Subprocessor tables (Markdown and HTML rows are read as one sentence, cells joined by " | "):
// a header row names the columns; the rows under it give each subprocessor's purpose and
// location, for `init --from-policy`, and name services the catalog does not know.

/** One row of a table under a recognised header. */
export interface TableRow {
  line: number;
  cells: string[];
  /** Character offsets of each cell in the sentence text. */
  starts: number[];
  name: number;
  purpose?: number;
  location?: number;
}

const NAME_HEADER = /^(?:(?:(?:legal\s+)?(?:entity|company|vendor|provider|sub-?processor|processor|service)\s+)?name|name\s+of\s+(?:the\s+)?(?:sub-?processor|processor|entity|company|vendor|provider)|(?:sub-?)?processors?|(?:third[- ]party\s+)?(?:service\s+)?(?:providers?|vendors?|services?|partners?|recipients?)|name|company|entity|tool|(?:third\s+)?part(?:y|ies))$/iu;
const PURPOSE_HEADER = /^(?:(?:purposes?|nature)\s+of\s+(?:the\s+)?(?:processing|services?|use)|purposes?|functions?|description|(?:nature\s+of\s+)?processing|services?\s+provided|what\s+(?:it|they)\s+do(?:es)?|use|used\s+for|activity|role)$/iu;
const LOCATION_HEADER = /^(?:locations?\s+of\s+(?:the\s+)?(?:sub-?processors?|processing|data|services?)|(?:processing|hosting|data)\s+locations?|locations?|countr(?:y|ies)|regions?|(?:data\s+)?(?:processing\s+)?locations?|where|jurisdiction|hosting\s+location)$/iu;

function cellsOf(text: string): { cells: string[]; starts: number[] } {
  const cells: string[] = [];
  const starts: number[] = [];
  let from = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    cells.push(part.trim());
    starts.push(from + lead);
    from += part.length + 1;
  }
  return { cells, starts };
}

/** Is this row of cells a subprocessor table's header: a name column and a purpose or location column? */
export function isTableHeader(cells: string[]): boolean {
  const plain = cells.map((cell) => cellValue(cell) ?? '');
  return plain.some((cell) => NAME_HEADER.test(cell)) && plain.some((cell) => PURPOSE_HEADER.test(cell) || LOCATION_HEADER.test(cell));
}

/** Rows of subprocessor tables, keyed by the sentence they are. */
export function tableRows(sentences: PolicySentence[]): Map<PolicySentence, TableRow> {
  const rows = new Map<PolicySentence, TableRow>();
  let header: { count: number; name: number; purpose?: number; location?: number } | undefined;
  let lastLine = -1;
  for (const sentence of sentences) {
    if (!sentence.text.includes('|')) {
      header = undefined;
      continue;
    }
    const { cells, starts } = cellsOf(sentence.text);
    // Header cells are often emphasised: "_**Cookie**_", "**Purpose**".
    const plain = cells.map((cell) => cellValue(cell) ?? '');
    const name = plain.findIndex((cell) => NAME_HEADER.test(cell));
    const purpose = plain.findIndex((cell) => PURPOSE_HEADER.test(cell));
    const location = plain.findIndex((cell) => LOCATION_HEADER.test(cell));
    if (name !== -1 && (purpose !== -1 || location !== -1)) {
      header = { count: cells.length, name, ...(purpose !== -1 ? { purpose } : {}), ...(location !== -1 ? { location } : {}) };
      lastLine = sentence.line;
      continue;
    }
    // A row belongs to the header above it when it has the same cells and follows closely.
    if (!header || cells.length !== header.count || sentence.line - lastLine > 3) continue;
    lastLine = sentence.line;
    if (cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === '')) continue;
    rows.set(sentence, { line: sentence.line, cells, starts, name: header.name, ...(header.purpose !== undefined ? { purpose: header.purpose } : {}), ...(header.location !== undefined ? { location: header.location } : {}) });
  }
  return rows;
}

/** A cell's text as a field value: no emphasis, no link target, one line. */
export function cellValue(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const value = cell.replace(/\s+/g, ' ').replace(/^[*_`]+|[*_`]+$/g, '').trim();
  return value === '' || /^[-–—]$/.test(value) ? undefined : value;
}
