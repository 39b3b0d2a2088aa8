// Catalog and user-supplied patterns run on every file of a repository, so a pattern that can
// backtrack catastrophically would let one crafted file stall a scan. This static check refuses
// the constructs that cause it (a quantified group whose body can itself repeat without bound:
// `(a+)+`, `(\w*x)*`, `(a|ab){2,}`), and unbounded wildcards the README asks authors to bound.
// https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS

const UNBOUNDED = /(?:[+*]|\{\d+,\})/;

/** Reasons a pattern is unsafe or invalid; empty when it may be used. */
export function checkPatternSafety(pattern: string): string[] {
  const problems: string[] = [];
  try {
    new RegExp(pattern, 'gm');
  } catch (error) {
    return [`invalid regular expression: ${(error as Error).message}`];
  }
  if (/(?<!\\)\.[*+]/.test(stripClasses(pattern))) problems.push('unbounded `.*` or `.+`: bound it, e.g. `[^\'"]{0,80}`');
  if (hasNestedQuantifier(pattern)) problems.push('a repeated group contains an unbounded repetition (catastrophic backtracking): bound the inner or the outer repetition');
  problems.push(...polynomialProblems(pattern));
  return problems;
}

/** Remove escaped characters and character classes, which cannot nest quantifiers. */
function stripClasses(pattern: string): string {
  return pattern.replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
}

function hasNestedQuantifier(pattern: string): boolean {
  const source = stripClasses(pattern);
  const stack: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') stack.push(i);
    if (ch !== ')') continue;
    const start = stack.pop();
    if (start === undefined) continue;
    const body = source.slice(start + 1, i).replace(/^\?(?:[:=!]|<[=!]|<[A-Za-z_]\w*>)/, '');
    const after = source.slice(i + 1, i + 8);
    const outerUnbounded = /^(?:[+*]|\{\d+,\})/.test(after);
    // Any count above one repeats the body: `([^b]*a){20}` backtracks as badly as `(…)+`.
    const count = /^\{(?<min>\d+)(?:,(?<max>\d+))?\}/.exec(after)?.groups;
    const outerRepeats = outerUnbounded || (count !== undefined && Number(count.max ?? count.min) > 1);
    if (outerRepeats && UNBOUNDED.test(body)) return true;
    if (outerUnbounded && body.includes('|')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Polynomial backtracking. Nested quantifiers are exponential; two more shapes are polynomial and
// as fatal on a 2 MiB file: an unbounded repetition at the start of the pattern (the engine tries
// it from every position of a long run: `\s*import` on a file of blank lines), and two adjacent
// repetitions that can take the same characters (`[a-z0-9]*[a-z]*`: every split is tried). A
// pattern is parsed into terms (atom + count) with each atom's character set over ASCII, plus one
// flag for everything above it, which is enough to tell "can overlap" from "cannot".

/**
 * A set of characters: 128 ASCII bits, and two bits above U+007F: SPACE_ABOVE (the non-ASCII
 * spaces and line terminators `\s` takes) and WORD_ABOVE (every other character).
 */
interface CharSet {
  ascii: bigint;
  other: number;
}

const SPACE_ABOVE = 1;
const OTHER_ABOVE = 2;

interface Term {
  /** The characters this term can consume (the union over a group's body). */
  chars: CharSet;
  min: number;
  max: number;
  /** Zero-width: `^`, `$`, `\b`, lookarounds. */
  assertion: boolean;
  /** `^` (a line start under the `m` flag every catalog pattern is compiled with). */
  lineStart: boolean;
  /** A group's alternatives. */
  alternatives?: Term[][];
}

const ALL_ASCII = (1n << 128n) - 1n;
const EMPTY: CharSet = { ascii: 0n, other: 0 };
const ANY: CharSet = { ascii: ALL_ASCII, other: SPACE_ABOVE | OTHER_ABOVE };
// \n, \r, U+2028, U+2029: where `^` matches under the `m` flag.
const LINE_BREAKS: CharSet = { ascii: (1n << 10n) | (1n << 13n), other: SPACE_ABOVE };

function range(from: number, to: number): bigint {
  return ((1n << BigInt(to - from + 1)) - 1n) << BigInt(from);
}

function charOf(code: number): CharSet {
  if (code < 128) return { ascii: 1n << BigInt(code), other: 0 };
  return { ascii: 0n, other: /\s/.test(String.fromCharCode(code)) ? SPACE_ABOVE : OTHER_ABOVE };
}

function union(a: CharSet, b: CharSet): CharSet {
  return { ascii: a.ascii | b.ascii, other: a.other | b.other };
}

function negate(a: CharSet): CharSet {
  return { ascii: ALL_ASCII & ~a.ascii, other: (SPACE_ABOVE | OTHER_ABOVE) & ~a.other };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  return (a.ascii & b.ascii) !== 0n || (a.other & b.other) !== 0;
}

const DIGIT: CharSet = { ascii: range(48, 57), other: 0 };
const WORD: CharSet = { ascii: range(48, 57) | range(65, 90) | range(97, 122) | (1n << 95n), other: 0 };
const SPACE: CharSet = { ascii: range(9, 13) | (1n << 32n), other: SPACE_ABOVE };

/** The class escape `\x` (after the backslash) as a set, or undefined for a plain escaped char. */
function classEscape(letter: string): CharSet | undefined {
  switch (letter) {
    case 'd':
      return DIGIT;
    case 'D':
      return negate(DIGIT);
    case 'w':
      return WORD;
    case 'W':
      return negate(WORD);
    case 's':
      return SPACE;
    case 'S':
      return negate(SPACE);
    default:
      return undefined;
  }
}

const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };

/** Read one escaped character at `source[i]` (just after `\`): its set and the next index. */
function readEscape(source: string, i: number): [CharSet, number] {
  const letter = source[i] ?? '';
  const klass = classEscape(letter);
  if (klass) return [klass, i + 1];
  if (letter in CONTROL_ESCAPES) return [charOf(CONTROL_ESCAPES[letter]!), i + 1];
  if (letter === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 1, i + 3))) return [charOf(parseInt(source.slice(i + 1, i + 3), 16)), i + 3];
  if (letter === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) return [charOf(parseInt(source.slice(i + 1, i + 5), 16)), i + 5];
  if (letter === 'c') return [ANY, i + 2];
  return [charOf(letter.charCodeAt(0)), i + 1];
}

/** Parse `[...]` starting at `source[i] === '['`: its set and the index after `]`. */
function readClass(source: string, start: number): [CharSet, number] {
  let i = start + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  let set = EMPTY;
  while (i < source.length && source[i] !== ']') {
    let item: CharSet;
    let code: number | undefined;
    if (source[i] === '\\') {
      const letter = source[i + 1] ?? '';
      if (letter === 'b') {
        item = charOf(8);
        code = 8;
        i += 2;
      } else {
        [item, i] = readEscape(source, i + 1);
        if (!classEscape(letter)) code = Number(item.ascii === 0n ? 128 : bitIndex(item.ascii));
      }
    } else {
      code = source.charCodeAt(i);
      item = charOf(code);
      i++;
    }
    // A range `a-z` (a `-` before `]` is a literal dash).
    if (code !== undefined && source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      let end: number;
      if (source[i + 1] === '\\') {
        const [endSet, next] = readEscape(source, i + 2);
        end = endSet.ascii === 0n ? 0x10ffff : bitIndex(endSet.ascii);
        i = next;
      } else {
        end = source.charCodeAt(i + 1);
        i += 2;
      }
      const low = Math.min(code, 127);
      item = { ascii: end >= low ? range(low, Math.min(end, 127)) : 0n, other: end > 127 ? SPACE_ABOVE | OTHER_ABOVE : 0 };
    }
    set = union(set, item);
  }
  return [negated ? negate(set) : set, i + 1];
}

function bitIndex(value: bigint): number {
  return value.toString(2).length - 1;
}

/** Parse a quantifier at `source[i]`, if any: [min, max, next index]. */
function readCount(source: string, i: number): [number, number, number] {
  const ch = source[i];
  let result: [number, number, number] = [1, 1, i];
  if (ch === '*') result = [0, Infinity, i + 1];
  else if (ch === '+') result = [1, Infinity, i + 1];
  else if (ch === '?') result = [0, 1, i + 1];
  else if (ch === '{') {
    const found = /^\{(?<min>\d+)(?<comma>,(?<max>\d*))?\}/.exec(source.slice(i, i + 24));
    const count = found?.groups;
    if (found && count) {
      const min = Number(count.min);
      const max = count.comma === undefined ? min : count.max === '' ? Infinity : Number(count.max);
      result = [min, max, i + found[0].length];
    }
  }
  // A lazy `?` changes the order, not the work of a failing match.
  if (result[2] !== i && source[result[2]] === '?') result[2]++;
  return result;
}

/** Parse a regex source into alternatives of terms. Returns [alternatives, index after]. */
function parseAlternatives(source: string, start: number): [Term[][], number] {
  const alternatives: Term[][] = [[]];
  let i = start;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === ')') return [alternatives, i + 1];
    if (ch === '|') {
      alternatives.push([]);
      i++;
      continue;
    }
    let term: Term;
    if (ch === '(') {
      const head = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i, i + 40))?.[0] ?? '(';
      const lookaround = /^\(\?(?:[=!]|<[=!])$/.test(head);
      const [inner, next] = parseAlternatives(source, i + head.length);
      i = next;
      const chars = inner.flat().reduce<CharSet>((set, t) => union(set, t.chars), EMPTY);
      term = { chars: lookaround ? EMPTY : chars, min: 1, max: 1, assertion: lookaround, lineStart: false, alternatives: lookaround ? undefined : inner };
    } else if (ch === '[') {
      const [set, next] = readClass(source, i);
      i = next;
      term = { chars: set, min: 1, max: 1, assertion: false, lineStart: false };
    } else if (ch === '\\') {
      const letter = source[i + 1] ?? '';
      if (letter === 'b' || letter === 'B') {
        term = { chars: EMPTY, min: 1, max: 1, assertion: true, lineStart: false };
        i += 2;
      } else if (/[1-9]/.test(letter) || letter === 'k') {
        // A back-reference can repeat anything its group took.
        term = { chars: ANY, min: 0, max: Infinity, assertion: false, lineStart: false };
        i += letter === 'k' ? (/^\\k<[^>]*>/.exec(source.slice(i))?.[0].length ?? 2) : 2;
      } else {
        const [set, next] = readEscape(source, i + 1);
        i = next;
        term = { chars: set, min: 1, max: 1, assertion: false, lineStart: false };
      }
    } else if (ch === '^' || ch === '$') {
      term = { chars: EMPTY, min: 1, max: 1, assertion: true, lineStart: ch === '^' };
      i++;
    } else if (ch === '.') {
      // Every non-ASCII character but U+2028 and U+2029 (kept in SPACE_ABOVE: an over-approximation).
      term = { chars: { ascii: ALL_ASCII & ~LINE_BREAKS.ascii, other: SPACE_ABOVE | OTHER_ABOVE }, min: 1, max: 1, assertion: false, lineStart: false };
      i++;
    } else {
      term = { chars: charOf(source.charCodeAt(i)), min: 1, max: 1, assertion: false, lineStart: false };
      i++;
    }
    const [min, max, next] = readCount(source, i);
    if (next !== i) {
      term.min *= min;
      term.max = term.max * max;
      i = next;
    }
    alternatives[alternatives.length - 1]!.push(term);
  }
  return [alternatives, i];
}

/**
 * A bounded repetition backtracks like an unbounded one when its bound is large: next to an
 * overlapping repetition a bound over 20 counts as unbounded (`aaaa[a-z]*[a-z0-9]{0,1000}!` took
 * 6 s on 2 KB, `[a-z]{0,5000}[a-z]{0,5000}` as long), and at the start of a pattern, where it is
 * retried from every position, a bound over 256 does (`[a-z]{0,5000}\.example`).
 */
const LONG_NEXT_TO_ANOTHER = 20;
const LONG_AT_START = 256;

function repeatsLong(term: Term, limit = LONG_NEXT_TO_ANOTHER): boolean {
  return term.max > limit;
}

function nullable(term: Term): boolean {
  if (term.assertion || term.min === 0) return true;
  return term.alternatives?.some((alternative) => alternative.every(nullable)) ?? false;
}

/** The characters of the unbounded repetitions a match of `terms` can begin with. */
function leadingUnbounded(terms: Term[]): CharSet {
  let set = EMPTY;
  for (const term of terms) {
    if (term.assertion) continue;
    if (repeatsLong(term)) set = union(set, term.chars);
    else if (term.alternatives) for (const alternative of term.alternatives) set = union(set, leadingUnbounded(alternative));
    if (!nullable(term)) break;
  }
  return set;
}

/** Problems of adjacent overlapping unbounded repetitions in `terms`, followed by `follow`. */
function adjacentProblems(terms: Term[], follow: Term[], problems: Set<string>): void {
  terms.forEach((term, index) => {
    const after = [...terms.slice(index + 1), ...follow];
    if (term.alternatives && term.max === 1) {
      for (const alternative of term.alternatives) adjacentProblems(alternative, after, problems);
    } else if (term.alternatives) {
      for (const alternative of term.alternatives) adjacentProblems(alternative, [], problems);
    }
    if (!repeatsLong(term) || term.assertion) return;
    if (overlaps(term.chars, leadingUnbounded(after))) {
      problems.add('two adjacent unbounded repetitions (a bound over 20 counts as unbounded) can match the same characters (polynomial backtracking): make their character sets disjoint or bound one to at most 20');
    }
  });
}

/** Problems of an unbounded repetition a match can start with. */
function leadingProblems(alternatives: Term[][], problems: Set<string>): void {
  for (const terms of alternatives) {
    let anchored = false;
    for (const term of terms) {
      if (term.lineStart) anchored = true;
      if (term.assertion) continue;
      if (repeatsLong(term, LONG_AT_START)) {
        // `^[ \t]*` starts once per line; `^\s*` runs over every following blank line, from each.
        if (!anchored) problems.add('starts with an unbounded repetition (or one bounded over 256), which is retried from every position of a long run: start with a literal, or bound it');
        else if (overlaps(term.chars, LINE_BREAKS)) problems.add('`^` followed by a repetition that crosses line breaks (`^\\s*`) rescans every following blank line: use `^[ \\t]*`');
      } else if (term.alternatives) {
        leadingProblems(
          term.alternatives.map((alternative) => (anchored ? [{ chars: EMPTY, min: 1, max: 1, assertion: true, lineStart: true }, ...alternative] : alternative)),
          problems,
        );
      }
      if (!nullable(term)) break;
    }
  }
}

function isSubset(a: CharSet, b: CharSet): boolean {
  return (a.ascii & ~b.ascii) === 0n && (a.other & ~b.other) === 0;
}

/**
 * Problems of an unbounded repetition that can take every character the pattern needs before it
 * (`aaaa[a-z]*!`, `\bSentry\.init\([^)]*dsn`): on a run that repeats that start (`aaaa…`,
 * `Sentry.init(Sentry.init(…`) each attempt starts inside the run the one before scanned to its
 * end, so a failing search is quadratic in the run, in one call nothing can interrupt.
 */
function selfOverlapProblems(alternatives: Term[][], problems: Set<string>): void {
  for (const terms of alternatives) {
    let before = EMPTY;
    for (const term of terms) {
      if (term.assertion) continue;
      if (term.max === Infinity && before.ascii !== 0n && isSubset(before, term.chars)) {
        problems.add('an unbounded repetition takes every character the pattern needs before it, so on a run that repeats the start every attempt rescans the run (quadratic): exclude one of those characters from it (`[^)]*` after `(`: `[^()]*`), or bound it');
        return;
      }
      before = union(before, term.chars);
      // Past an optional or alternative part the needed characters are not known: stop there.
      if (term.min === 0 || term.alternatives) break;
    }
  }
}

/** Reasons `pattern` can backtrack polynomially (see above); empty when it cannot. */
export function polynomialProblems(pattern: string): string[] {
  const [alternatives] = parseAlternatives(pattern, 0);
  const problems = new Set<string>();
  leadingProblems(alternatives, problems);
  selfOverlapProblems(alternatives, problems);
  for (const terms of alternatives) adjacentProblems(terms, [], problems);
  return [...problems];
}
