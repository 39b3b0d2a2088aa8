// The keyword prefilter: one pass over a file's bytes finds which catalog keywords occur, so
// vendor regexes run only where one of their keywords appears, and a file with none is never
// even decoded. An Aho–Corasick automaton with a complete transition table over ASCII, folding
// case as it reads: the same job `rg -i -F -f keywords.txt` does, in one linear pass.
// https://en.wikipedia.org/wiki/Aho%E2%80%93Corasick_algorithm

const ALPHABET = 128;
const SHIFT = 7;
/**
 * The automaton holds each keyword's first PREFIX characters only; where a prefix ends, the rest
 * of the keyword is compared byte by byte. With 3,700 keywords (median 14 characters) the full
 * automaton had 36,000 states and an 8 MB table, built in 110–180 ms per run; cut at 8 it has
 * 11,000 and a quarter of the memory, and few prefixes are shared by many keywords.
 */
const PREFIX = 8;

/** A compiled keyword set. Keywords are lower-case ASCII. */
export interface KeywordIndex {
  keywords: string[];
  /** byte → character class: case folded, every byte no keyword uses is class 0. */
  classes: Uint8Array<ArrayBufferLike>;
  /**
   * (state × classes) → the next state's row offset (state × classes), negated minus one when a
   * keyword ends in that state. One table read per byte, and a table small enough for the cache.
   */
  table: Int32Array<ArrayBufferLike>;
  classCount: number;
  /** state → index into `outputs`, or -1 when no keyword ends here. */
  output: Int32Array<ArrayBufferLike>;
  /** keyword ids whose prefix ends at a state (including those reached through failure links). */
  outputs: number[][];
  /** Each keyword's characters past its prefix: keyword `id`'s are suffixBytes[suffixStart[id] .. suffixStart[id + 1]]. */
  suffixStart: Int32Array<ArrayBufferLike>;
  suffixBytes: Uint8Array<ArrayBufferLike>;
  /** The scan itself, a closure over this index's tables (see scanner). */
  find: (bytes: Uint8Array) => number[];
}

/** The keywords an index is built for, in its id order: lower-cased, empty ones and repeats dropped. */
export function indexedKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((keyword) => keyword.toLowerCase()))].filter((keyword) => keyword.length > 0);
}

export function buildKeywordIndex(keywords: string[]): KeywordIndex {
  const unique = indexedKeywords(keywords);
  for (const keyword of unique) {
    // Non-ASCII keywords cannot be folded byte-wise; the catalog schema keeps them out.
    if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword must be printable ASCII: ${JSON.stringify(keyword)}`);
  }
  // Trie with a sparse goto function first.
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  unique.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < Math.min(keyword.length, PREFIX); i++) {
      const c = keyword.charCodeAt(i);
      let next = goto[state]!.get(c);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        ends.push([]);
        goto[state]!.set(c, next);
      }
      state = next;
    }
    ends[state]!.push(id);
  });
  const states = goto.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const outputs: number[][] = [];
  const output = new Int32Array(states).fill(-1);
  const merged: number[][] = ends.map((list) => [...list]);
  // Breadth-first: each state's failure link and full transition row from its parent's.
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const next = goto[0]!.get(c);
    if (next === undefined) continue;
    delta[c] = next;
    fail[next] = 0;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    merged[state]!.push(...merged[fail[state]!]!);
    for (let c = 0; c < ALPHABET; c++) {
      const next = goto[state]!.get(c);
      if (next === undefined) {
        delta[(state << SHIFT) | c] = delta[(fail[state]! << SHIFT) | c]!;
        continue;
      }
      delta[(state << SHIFT) | c] = next;
      fail[next] = delta[(fail[state]! << SHIFT) | c]!;
      queue.push(next);
    }
  }
  for (let state = 0; state < states; state++) {
    if (merged[state]!.length === 0) continue;
    output[state] = outputs.length;
    outputs.push([...new Set(merged[state])]);
  }
  // Compress the alphabet to the characters keywords use, folding A–Z onto a–z.
  const classes = new Uint8Array(256);
  let classCount = 1;
  const classOf = new Map<number, number>();
  for (const keyword of unique) {
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      if (!classOf.has(c)) classOf.set(c, classCount++);
    }
  }
  for (const [c, cls] of classOf) {
    classes[c] = cls;
    if (c >= 97 && c <= 122) classes[c - 32] = cls;
  }
  // One representative byte per class; class 0 (any other byte) behaves as NUL, which no keyword holds.
  const representative = new Uint8Array(classCount);
  for (const [c, cls] of classOf) representative[cls] = c;
  const table = new Int32Array(states * classCount);
  for (let state = 0; state < states; state++) {
    for (let cls = 0; cls < classCount; cls++) {
      const byte = representative[cls]!;
      const next = delta[(state << SHIFT) | byte]!;
      const row = next * classCount;
      table[state * classCount + cls] = output[next] === -1 ? row : -row - 1;
    }
  }
  const suffixStart = new Int32Array(unique.length + 1);
  unique.forEach((keyword, id) => (suffixStart[id + 1] = suffixStart[id]! + Math.max(0, keyword.length - PREFIX)));
  const suffixBytes = new Uint8Array(suffixStart[unique.length]!);
  unique.forEach((keyword, id) => suffixBytes.set(Buffer.from(keyword.slice(PREFIX), 'latin1'), suffixStart[id]!));
  return { keywords: unique, classes, table, classCount, output, outputs, suffixStart, suffixBytes, find: scanner(classes, table, classCount, output, outputs, suffixStart, suffixBytes) };
}

/** Bytes folded to lower case (ASCII letters only), for comparing the rest of a keyword. */
const FOLD = Uint8Array.from({ length: 256 }, (_, byte) => (byte >= 65 && byte <= 90 ? byte + 32 : byte));

/**
 * The automaton's loop as a closure over its tables rather than a function reading them from
 * the index: V8 then compiles the tables in as constants (function context specialization), and
 * the loop runs about 40% faster (280 → 390 MB/s per thread on this project's machine). It is
 * most of a full scan's CPU time.
 */
function scanner(
  classes: Uint8Array<ArrayBufferLike>,
  table: Int32Array<ArrayBufferLike>,
  classCount: number,
  output: Int32Array<ArrayBufferLike>,
  outputs: number[][],
  suffixStart: Int32Array<ArrayBufferLike>,
  suffixBytes: Uint8Array<ArrayBufferLike>,
): (bytes: Uint8Array) => number[] {
  // Kept out of the loop below, so the per-byte loop stays small for the optimizing compiler.
  const confirm = (bytes: Uint8Array, end: number, ids: number[], found: Set<number> | undefined): Set<number> | undefined => {
    candidates: for (const id of ids) {
      if (found?.has(id)) continue;
      const start = suffixStart[id]!;
      const rest = suffixStart[id + 1]! - start;
      if (end + rest > bytes.length) continue;
      for (let k = 0; k < rest; k++) if (FOLD[bytes[end + k]!] !== suffixBytes[start + k]) continue candidates;
      (found ??= new Set()).add(id);
    }
    return found;
  };
  return (bytes) => {
    let found: Set<number> | undefined;
    let row = 0;
    const length = bytes.length;
    for (let i = 0; i < length; i++) {
      const next = table[row + classes[bytes[i]!]!]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next - 1;
      // Prefixes end at i: each keyword's rest must follow.
      found = confirm(bytes, i + 1, outputs[output[row / classCount]!]!, found);
    }
    return found ? [...found] : [];
  };
}

/**
 * An index's tables in shared memory: a worker thread scans with the automaton the main thread
 * built instead of building its own (most of a worker's start-up, and its memory, went there).
 */
export interface SharedKeywordTables {
  keywords: string[];
  classes: SharedArrayBuffer;
  table: SharedArrayBuffer;
  classCount: number;
  output: SharedArrayBuffer;
  /** `outputs` flattened: for each list, its length, then its ids. */
  outputs: SharedArrayBuffer;
  suffixStart: SharedArrayBuffer;
  suffixBytes: SharedArrayBuffer;
}

function shared(array: Uint8Array<ArrayBufferLike> | Int32Array<ArrayBufferLike>): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return buffer;
}

/** The tables of `index`, copied once into shared memory. */
export function shareKeywordIndex(index: KeywordIndex): SharedKeywordTables {
  const flat = Int32Array.from(index.outputs.flatMap((ids) => [ids.length, ...ids]));
  return {
    keywords: index.keywords,
    classes: shared(index.classes),
    table: shared(index.table),
    classCount: index.classCount,
    output: shared(index.output),
    outputs: shared(flat),
    suffixStart: shared(index.suffixStart),
    suffixBytes: shared(index.suffixBytes),
  };
}

/** An index over shared tables (see shareKeywordIndex), scanning exactly as the one they came from. */
export function keywordIndexFromShared(tables: SharedKeywordTables): KeywordIndex {
  const classes = new Uint8Array(tables.classes);
  const table = new Int32Array(tables.table);
  const output = new Int32Array(tables.output);
  const flat = new Int32Array(tables.outputs);
  const outputs: number[][] = [];
  for (let at = 0; at < flat.length; at += flat[at]! + 1) outputs.push(Array.from(flat.subarray(at + 1, at + 1 + flat[at]!)));
  const suffixStart = new Int32Array(tables.suffixStart);
  const suffixBytes = new Uint8Array(tables.suffixBytes);
  return { keywords: tables.keywords, classes, table, classCount: tables.classCount, output, outputs, suffixStart, suffixBytes, find: scanner(classes, table, tables.classCount, output, outputs, suffixStart, suffixBytes) };
}

/** Ids of the keywords occurring in `bytes` (UTF-8 or any ASCII-compatible encoding). */
export function findKeywordIds(index: KeywordIndex, bytes: Uint8Array): number[] {
  return index.find(bytes);
}

/** The same over a string (tests, in-memory text): non-ASCII characters match nothing. */
export function findKeywordIdsInText(index: KeywordIndex, text: string): number[] {
  return findKeywordIds(index, Buffer.from(text, 'utf8'));
}
