import type { Catalog } from '../catalog/catalog.js';
import type { LocatedSentence } from './sentences.js';
import { positionAt } from './sentences.js';
import type { MentionStatus, Modality, PolicyMention } from './types.js';
import {
  BACKWARD_CUES,
  BRAND_ACCOUNT,
  EXAMPLE_CUE,
  FIRST_PERSON_USE,
  HYPOTHETICAL,
  FUTURE_AFTER,
  MODAL_BEFORE,
  NEITHER_SUBJECT,
  PRESENCE_PREDICATE,
  INSTRUCTION,
  PAST_AFTER,
  PAST_CUES,
  REPLACEMENT_CUE,
  REPLACEMENT_TARGET,
  USER_CONNECTED,
  CATEGORY_PHRASES,
  CLAUSE_BREAK,
  CLAUSE_VERBS,
  COMMON_WORDS,
  DICTIONARY_WORDS,
  CERTIFICATION_AFTER,
  VENUE_AFTER,
  VENUE_BEFORE,
  CONDITIONAL,
  FORWARD_CUES,
  GAP_PHRASES,
  GAP_WORDS,
  NOT_A_STATEMENT,
  OPT_OUT,
  OWN_POLICY,
  PLATFORM_PRODUCT,
  ADDRESS_BEFORE,
  LOWER_CASE_USE_BEFORE,
  LOWER_CASE_USE_AFTER,
  IMPERATIVE,
  FRONTED_ALTERNATIVE,
  ADDRESS_AFTER,
  RESTRICTIONS,
  RESTRICTIVE_RELATIVES,
  SOCIAL_PROFILE,
  USE_CUE,
  USELESS_ALIASES,
} from './vocabulary.js';

// Find who a sentence names and what it denies. Each company name is matched by the catalog's
// aliases, whole-word and case-insensitive (common-word aliases need their capitalisation);
// then its context decides: ignored (a URL, an opt-out instruction, a platform product, a
// social link, a comparison), denied (inside the reach of a negation), or named.

/** What one alias (lower-cased, single-spaced) stands for. */
interface Term {
  vendors: string[];
  organizations: string[];
  /** For common-word aliases: the only spellings that count. */
  exact: Set<string> | null;
  /** A dictionary word: written in lower case it counts only where a lower-case name would. */
  dictionary: boolean;
}

interface TermIndex {
  terms: Map<string, Term>;
  /** First word (lower-case) → the aliases that start with it, longest first, anchored where it is tried. */
  byFirstWord: Map<string, RegExp>;
  /** Aliases that start with a sign rather than a word (`.NET`), all in one regex over the sentence. */
  rest: RegExp | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

const INDEXES = new WeakMap<Catalog, TermIndex>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

function addTerm(terms: Map<string, Term>, alias: string, kind: 'vendors' | 'organizations', id: string): void {
  const clean = alias.replace(/\s+/g, ' ').trim();
  if (USELESS_ALIASES.test(clean)) return;
  const key = clean.toLowerCase();
  let term = terms.get(key);
  if (!term) {
    term = { vendors: [], organizations: [], exact: COMMON_WORDS.has(key) ? new Set() : null, dictionary: DICTIONARY_WORDS.has(key) };
    terms.set(key, term);
  }
  if (!term[kind].includes(id)) term[kind].push(id);
  term.exact?.add(clean);
}

/** A regex of `aliases` (longest first), each whole: not inside a word, nor before a letter or digit. */
function aliasRegex(aliases: string[], flags: string): RegExp {
  const alternation = aliases.map((alias) => escapeRegex(alias).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternation})(?![\\p{L}\\p{N}_]|-(?!(?:pixels?|sdk|tags?|cookies?|ads|login|konto)\\b)[\\p{L}\\p{N}])`, flags);
}

/** Where the catalog's names stand in `raw`, leftmost first, the longest name at each place. */
function aliasMatches(index: TermIndex, raw: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  let end = 0;
  for (const word of raw.matchAll(WORD)) {
    if (word.index < end) continue;
    const regex = index.byFirstWord.get(word[0].toLowerCase());
    if (!regex) continue;
    regex.lastIndex = word.index;
    const match = regex.exec(raw);
    if (!match) continue;
    found.push({ index: word.index, text: match[0] });
    end = word.index + match[0].length;
  }
  if (!index.rest) return found;
  // Names that start with a sign: merged in, a match never overlapping one found before it.
  const all = [...found, ...[...raw.matchAll(index.rest)].map((match) => ({ index: match.index, text: match[0] }))].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: { index: number; text: string }[] = [];
  for (const match of all) if (kept.length === 0 || match.index >= kept[kept.length - 1]!.index + kept[kept.length - 1]!.text.length) kept.push(match);
  return kept;
}

/** The alias lookup of a catalog, compiled once. */
export function termIndex(catalog: Catalog): TermIndex {
  const cached = INDEXES.get(catalog);
  if (cached) return cached;
  const terms = new Map<string, Term>();
  for (const vendor of catalog.vendors.values()) {
    const aliases = vendor.aliases && vendor.aliases.length > 0 ? vendor.aliases : [vendor.name];
    for (const alias of aliases) addTerm(terms, alias, 'vendors', vendor.id);
  }
  for (const organization of catalog.organizations.values()) {
    // "Outbrain Inc. (Teads)" is a display name, not a way the company is written.
    const names = organization.name.includes('(') ? organization.aliases : [organization.name, ...organization.aliases];
    for (const alias of names) addTerm(terms, alias, 'organizations', organization.id);
  }
  // Longest first, so "Google Analytics for Firebase" wins over "Google Analytics" over "Google".
  // A hyphen ends a name only before a tool noun ("Facebook-Pixel", "Google-SDK"): "non-Google",
  // "Stripe-like" are other words.
  // A name is tried only where a word it starts with stands: one small anchored alternation per
  // first word, not one alternation of every alias at every position of every sentence (a policy of
  // 50,000 list items that each say "x" took minutes).
  const sorted = [...terms.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const grouped = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alias of sorted) {
    const first = alias.match(WORD)?.[0];
    if (first && alias.startsWith(first)) grouped.set(first, [...(grouped.get(first) ?? []), alias]);
    else rest.push(alias);
  }
  const index: TermIndex = {
    byFirstWord: new Map([...grouped].map(([first, aliases]) => [first, aliasRegex(aliases, 'yiu')])),
    rest: rest.length > 0 ? aliasRegex(rest, 'giu') : null,
    terms,
  };
  INDEXES.set(catalog, index);
  return index;
}

/** A span of the sentence's raw text. */
interface Span {
  start: number;
  end: number;
}

interface TermHit extends Span {
  text: string;
  term: Term;
  ignored?: string;
  /** An organization-only name followed by a product name the catalog does not know. */
  product?: string;
}

/** Words after a company name that make it the company's legal entity, not a product: "Google Ireland Limited". */
const ENTITY_WORDS = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'gmbh', 'ag', 'plc', 'sa', 'bv', 'nv', 'pbc', 'co', 'company', 'group', 'holdings', 'ireland', 'europe', 'eu', 'uk', 'us', 'usa', 'international', 'germany', 'france', 'netherlands', 'and', 'or', 'we', 'our', 'the', 'i', 'in', 'for']);

/** "Google Workspace", "Microsoft 365": the capitalised words (or a number) right after an organization name. */
function productAfter(raw: string, end: number): string | undefined {
  const match = /^\s+(?<product>(?:\p{Lu}[\p{L}\p{N}+]*|\d{2,4})(?:\s+(?:\p{Lu}[\p{L}\p{N}+]*|\d{2,4})){0,2})/u.exec(raw.slice(end));
  const words = match?.groups?.['product']?.split(/\s+/) ?? [];
  const kept: string[] = [];
  // A lower-case list ("google workspace — inbox hosting"): one following word, if a separator ends it.
  if (words.length === 0 && !/\p{Lu}/u.test(raw)) {
    const lower = /^\s+(?<word>\p{Ll}[\p{L}\p{N}]{2,})\s*(?:[—–|:,/]|\s-\s|$)/u.exec(raw.slice(end))?.groups?.['word'];
    if (lower && !ENTITY_WORDS.has(lower) && !/^(?:for|to|with|by|from|as|is|are|was|uses?|which|that|who|on|at|of|inc|llc|ltd)$/.test(lower)) return lower;
  }
  for (const word of words) {
    if (ENTITY_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

interface CategoryHit extends Span {
  text: string;
  categories: string[];
}

/** A heading in title case ("How to Block Tracking"): no closing punctuation, capitalised words. */
function isTitleCase(raw: string): boolean {
  if (/[.!?]["'”’)]*\s*$/.test(raw)) return false;
  const words = raw.match(/\p{L}+/gu) ?? [];
  const long = words.filter((word) => word.length >= 4);
  if (words.length > 12 || long.length < 2) return false;
  return long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.8;
}

/** The run of non-space characters around a span: a URL, an e-mail address, a domain. */
function tokenAround(raw: string, span: Span): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && !/[\s()<>[\]"“”]/.test(raw[start - 1]!)) start--;
  while (end < raw.length && !/[\s()<>[\]"“”]/.test(raw[end]!)) end++;
  return raw.slice(start, end).replace(/[.,;:!?]+$/, '');
}

/** Why a name in this position is no statement about the company, if it is not. */
function ignoredHere(raw: string, hit: Span): string | undefined {
  const token = tokenAround(raw, hit);
  if (/:\/\/|^www\.|@|\//i.test(token)) return 'inside a URL or e-mail address';
  if (raw[hit.start - 1] === '.' || /^\.[\p{L}]/u.test(raw.slice(hit.end))) return 'part of a domain name';
  const after = raw.slice(hit.end);
  if (PLATFORM_PRODUCT.test(after)) return 'a platform product the user runs';
  if (ADDRESS_BEFORE.test(raw.slice(0, hit.start)) && ADDRESS_AFTER.test(after)) return 'part of a postal address';
  if (OWN_POLICY.test(after)) return "a reference to the company's own policy or terms";
  if (CERTIFICATION_AFTER.test(after)) return 'a certification, not a service used';
  if (VENUE_AFTER.test(after) || VENUE_BEFORE.test(raw.slice(Math.max(0, hit.start - 120), hit.start))) return 'a place the reader is sent to, not a service used';
  return undefined;
}

/**
 * Where a name written in lower case is a name, not the word: the head of a "name — purpose" row,
 * or the object of a first-person use verb at the end of the clause or before its purpose
 * ("we use plausible." / "we use resend for e-mail").
 */
function lowerCaseCounts(raw: string, span: Span): boolean {
  const after = raw.slice(span.end);
  if (!/[\p{L}\p{N}]/u.test(raw.slice(0, span.start)) && /^\s*[—–|:]/.test(after)) return true;
  return LOWER_CASE_USE_BEFORE.test(raw.slice(0, span.start)) && LOWER_CASE_USE_AFTER.test(after);
}

/**
 * A common-word alias ("Segment", "Crisp", "Resend") counts as the catalog writes it inside a
 * sentence outside a heading, or as the head of a list item or table row: "Crisp, for the
 * support chat", "resend — transactional email", "Segment | Customer data".
 */
function commonWordCounts(raw: string, span: Span, exact: Set<string>, text: string, titleCase: boolean): boolean {
  const exactCase = exact.has(text.replace(/\s+/g, ' '));
  const initial = !/[\p{L}\p{N}]/u.test(raw.slice(0, span.start));
  const after = raw.slice(span.end);
  if (lowerCaseCounts(raw, span)) return true;
  // The name alone is the whole sentence: the head of a list item, "[Fathom](https://…). Analytics."
  if (initial && /^[\s.:]*$/.test(after)) return exactCase;
  if (initial) return exactCase && /^\s*[,(]/.test(after);
  return exactCase && !titleCase;
}

function findTerms(index: TermIndex, raw: string): TermHit[] {
  // Most sentences hold no alias's first word: one map lookup per word settles them.
  const matches = aliasMatches(index, raw);
  if (matches.length === 0) return [];
  const hits: TermHit[] = [];
  const titleCase = isTitleCase(raw);
  for (const match of matches) {
    const term = index.terms.get(normalize(match.text));
    if (!term) continue;
    const span = { start: match.index, end: match.index + match.text.length };
    if (term.exact && !commonWordCounts(raw, span, term.exact, match.text, titleCase)) continue;
    if (term.dictionary && match.text === match.text.toLowerCase() && !lowerCaseCounts(raw, span)) continue;
    const ignored = ignoredHere(raw, span);
    const product = term.vendors.length === 0 && !ignored ? productAfter(raw, span.end) : undefined;
    hits.push({ ...span, text: match.text, term, ...(ignored ? { ignored } : {}), ...(product ? { product } : {}) });
  }
  return hits;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function findCategories(raw: string, terms: TermHit[]): CategoryHit[] {
  const hits: CategoryHit[] = [];
  for (const phrase of CATEGORY_PHRASES) {
    for (const match of raw.matchAll(phrase.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (terms.some((term) => overlaps(term, span)) || hits.some((hit) => overlaps(hit, span))) continue;
      hits.push({ ...span, text: match[0], categories: phrase.categories });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Clause ranges of a sentence: a negation does not reach across ";", "but", "except", ... */
function clauses(raw: string): Span[] {
  const ranges: Span[] = [];
  let start = 0;
  for (const match of raw.matchAll(CLAUSE_BREAK)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index;
  }
  ranges.push({ start, end: raw.length });
  return ranges;
}

function blankSpans(text: string, offset: number, spans: Span[]): string {
  let result = text;
  for (const span of spans) {
    const start = Math.max(0, span.start - offset);
    const end = Math.min(text.length, span.end - offset);
    if (start >= end) continue;
    result = result.slice(0, start) + ' '.repeat(end - start) + result.slice(end);
  }
  return result;
}

/** Only list words, determiners and tool nouns between a negation and what it denies. */
function gapAllows(gap: string): boolean {
  if (/[.!?:]\s/.test(gap)) return false;
  const words = gap.replace(GAP_PHRASES, ' ').toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.every((word) => GAP_WORDS.has(word.replace(/['’]s$/, '').replace(/\.$/, '')));
}

type Reach = 'denied' | 'restricted' | 'outside';

/**
 * What follows a denied name: more of the list ("no Facebook, LinkedIn, Google Ads trackers"),
 * a restriction that presupposes use ("X for advertising", "trackers that follow you"), or a verb
 * that starts a new clause ("... and Stripe handles payments").
 */
function followingReach(text: string, others: Span[], offset: number): Reach {
  if (/^['’]s?\b/.test(text)) return 'restricted';
  const blanked = blankSpans(text, offset, others);
  const tokens = [...blanked.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,]/gu)].map((match) => match[0].toLowerCase());
  let first = true;
  let afterComma = false;
  for (const token of tokens) {
    if (token === ',') {
      afterComma = true;
      continue;
    }
    if (first && (CLAUSE_VERBS.has(token) || (/^\p{L}{4,}(?:s|ed)$/u.test(token) && !GAP_WORDS.has(token)))) return 'outside';
    first = false;
    if (RESTRICTIONS.has(token)) return 'restricted';
    if (RESTRICTIVE_RELATIVES.has(token)) return afterComma ? 'denied' : 'restricted';
    if (['or', 'and', 'nor', '&', 'any', 'other', 'such', 'as', 'like', 'including'].includes(token) || (GAP_WORDS.has(token) && !['to', 'with', 'from', 'by', 'on', 'in', 'at', 'of', 'via'].includes(token))) {
      afterComma = false;
      continue;
    }
    return 'denied';
  }
  return 'denied';
}

interface Cue extends Span {
  text: string;
  direction: 'forward' | 'backward';
}

function findCues(raw: string, clause: Span): Cue[] {
  const text = raw.slice(clause.start, clause.end);
  const cues: Cue[] = [];
  for (const [direction, list] of [['forward', FORWARD_CUES], ['backward', BACKWARD_CUES]] as const) {
    for (const regex of list) {
      for (const match of text.matchAll(regex)) {
        cues.push({ start: clause.start + match.index, end: clause.start + match.index + match[0].length, text: match[0].replace(/^[,(;]\s*/, '').trim(), direction });
      }
    }
  }
  return cues;
}

/** Is this span inside a negation's reach in its clause? Returns the cue text, or why not. */
function negation(raw: string, span: Span, clause: Span, cues: Cue[], others: Span[]): { reach: Reach; cue?: string } {
  let best: Reach = 'outside';
  for (const cue of cues) {
    if (cue.direction === 'forward' && cue.end <= span.start) {
      const gap = blankSpans(raw.slice(cue.end, span.start), cue.end, others);
      if (!gapAllows(gap)) continue;
      // "Instead of Google Analytics, Plausible is used": the comma closes the denied phrase.
      if (FRONTED_ALTERNATIVE.test(cue.text) && /^\s*,/.test(raw.slice(span.end))) return { reach: 'denied', cue: cue.text };
      const reach = followingReach(raw.slice(span.end, clause.end), others, span.end);
      if (reach === 'denied') return { reach, cue: cue.text };
      if (reach === 'restricted') best = reach;
    }
    if (cue.direction === 'backward' && cue.start >= span.end) {
      const gap = blankSpans(raw.slice(span.end, cue.start), span.end, others);
      if (!gapAllows(gap)) continue;
      // The subject must start the clause, or follow only list words: "Facebook pixels are not used".
      const before = blankSpans(raw.slice(clause.start, span.start), clause.start, others);
      if (!gapAllows(before.replace(/^\s*(?:but|however|although|though|whereas|while|yet)\b/i, ''))) continue;
      const next = /^\s*(?<word>[\p{L}]+)/u.exec(raw.slice(cue.end, clause.end))?.groups?.word?.toLowerCase();
      if (next && RESTRICTIONS.has(next)) {
        best = 'restricted';
        continue;
      }
      return { reach: 'denied', cue: cue.text };
    }
  }
  return { reach: best };
}

/**
 * A name in the subject of a clause opened by "neither": denied when the predicate after the list
 * says the names are not present ("Neither X nor Y is used"), left alone when it says what they
 * do not do ("Neither Stripe nor PayPal sees your card number": both are in use). Undefined when
 * the clause does not open with "neither" over this name.
 */
function neitherSubject(raw: string, span: Span, clause: Span, others: Span[]): Reach | undefined {
  const before = blankSpans(raw.slice(clause.start, span.start), clause.start, others);
  // The last "neither" that opens the clause or follows a fronted phrase ("If a charge is disputed, neither ...").
  const opener = [...before.matchAll(NEITHER_SUBJECT)].at(-1);
  if (!opener || !gapAllows(before.slice(opener.index + opener[0].length))) return undefined;
  // Past the rest of the list ("nor the Hotjar script") to the predicate.
  const rest = blankSpans(raw.slice(span.end, clause.end), span.end, others);
  let predicate = rest.trimStart();
  for (let word = /^(?<word>[\p{L}'’-]+|,)\s*/u.exec(predicate); word && (word[0].trim() === ',' || GAP_WORDS.has(word.groups!.word!.toLowerCase())); word = /^(?<word>[\p{L}'’-]+|,)\s*/u.exec(predicate)) {
    predicate = predicate.slice(word[0].length);
  }
  return PRESENCE_PREDICATE.test(predicate) ? 'denied' : 'outside';
}

/**
 * The part of a clause that speaks about the span: the parenthetical it stands in, or the clause
 * with its parentheticals blanked.
 */
function localScope(raw: string, span: Span, clause: Span): string {
  const text = raw.slice(clause.start, clause.end);
  const open = raw.lastIndexOf('(', span.start);
  const close = raw.indexOf(')', span.end);
  if (open >= clause.start && close !== -1 && close <= clause.end && !raw.slice(open, span.start).includes(')')) return raw.slice(open + 1, close);
  return text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
}

/** The past-use cue before the span (or a passive one after it), unless the span is what replaced it. */
function pastCue(raw: string, span: Span, clause: Span): string | undefined {
  const before = raw.slice(clause.start, span.start);
  let last: RegExpMatchArray | undefined;
  for (const match of before.matchAll(PAST_CUES)) last = match;
  if (last && last.index !== undefined) {
    const gap = before.slice(last.index + last[0].length);
    const words = gap.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    // "replaced Google Analytics with Plausible": Plausible is in use. Only a replacement has a
    // target: "we no longer share data with Meta", "we stopped sending events to X" are past use of X.
    const replacement = REPLACEMENT_CUE.test(last[0]) && REPLACEMENT_TARGET.test(gap);
    // A new statement in the gap ends the cue's reach: "we removed the banner and now use X".
    const newStatement = /\b(?:and|now|today|currently|instead)\b|\bwe\s+(?!used\b|had\b|have\s+used\b)[\p{L}]+/iu.test(gap);
    if (words.length <= 8 && !replacement && !newStatement) return last[0];
  }
  const after = PAST_AFTER.exec(raw.slice(span.end, clause.end));
  return after ? after[0].trim() : undefined;
}

/** Every vendor, organization and denied category a sentence mentions. */
export function sentenceMentions(catalog: Catalog, sentence: LocatedSentence): PolicyMention[] {
  const raw = sentence.raw;
  const terms = findTerms(termIndex(catalog), raw);
  const categories = findCategories(raw, terms);
  if (terms.length === 0 && categories.length === 0) return [];
  const ranges = clauses(raw);
  const conditional = CONDITIONAL.test(raw);
  const mentions: PolicyMention[] = [];
  const all: Span[] = [...terms, ...categories];

  // What a clause says as a whole, read once per clause (a long clause can hold many names).
  interface ClauseFacts {
    notStatement: boolean;
    social: boolean;
    connected: boolean;
    instruction: boolean;
    optOut: boolean;
    cues: Cue[];
  }
  const clauseFacts = new Map<number, ClauseFacts>();
  const localFacts = (local: string) => ({ instruction: INSTRUCTION.test(local), optOut: OPT_OUT.test(local) && !USE_CUE.test(local) && !FIRST_PERSON_USE.test(local) });
  const factsOf = (clause: Span): ClauseFacts => {
    let facts = clauseFacts.get(clause.start);
    if (!facts) {
      const text = raw.slice(clause.start, clause.end);
      const blanked = text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
      facts = {
        notStatement: NOT_A_STATEMENT.test(text),
        social: SOCIAL_PROFILE.test(text),
        connected: USER_CONNECTED.test(text) || BRAND_ACCOUNT.test(text),
        ...localFacts(blanked),
        cues: findCues(raw, clause),
      };
      clauseFacts.set(clause.start, facts);
    }
    return facts;
  };
  const imperative = IMPERATIVE.test(raw);
  let firstPersonUse: boolean | undefined;

  const classify = (span: Span): { status: MentionStatus; modality: Modality; reason?: string } => {
    const clause = ranges.find((range) => span.start >= range.start && span.start < range.end) ?? { start: 0, end: raw.length };
    const facts = factsOf(clause);
    // An aside in parentheses is read on its own: "We use X (you can opt out in your settings)".
    const open = raw.lastIndexOf('(', span.start);
    const inAside = open >= clause.start && !raw.slice(open, span.start).includes(')') && raw.indexOf(')', span.end) !== -1 && raw.indexOf(')', span.end) <= clause.end;
    const local = inAside ? localFacts(localScope(raw, span, clause)) : facts;
    if (facts.notStatement) return { status: 'ignored', modality: 'other', reason: 'a comparison, trademark or affiliation notice' };
    if (facts.social) return { status: 'ignored', modality: 'other', reason: 'a link to a social profile' };
    if (facts.connected) return { status: 'ignored', modality: 'conditional', reason: 'an integration the user connects' };
    if (imperative) return { status: 'ignored', modality: 'instruction', reason: 'advice to the reader, not a statement of use' };
    if (local.instruction) return { status: 'ignored', modality: 'instruction', reason: 'an instruction or setting of that company' };
    if (local.optOut) return { status: 'ignored', modality: 'instruction', reason: 'an opt-out instruction, setting or reference' };
    const past = pastCue(raw, span, clause);
    if (past) return { status: 'denied', modality: 'past', reason: past };
    const before = raw.slice(clause.start, span.start);
    if (HYPOTHETICAL.test(before) || (MODAL_BEFORE.test(before) && FUTURE_AFTER.test(raw.slice(span.end, clause.end)))) {
      return { status: 'ignored', modality: 'conditional', reason: 'a plan or hypothetical, not a statement of use' };
    }
    if (conditional) return { status: 'named', modality: 'used' };
    const others = all.filter((other) => other !== span);
    const subject = neitherSubject(raw, span, clause, others);
    const { reach, cue } = subject ? { reach: subject, cue: 'neither' } : negation(raw, span, clause, facts.cues, others);
    if (reach === 'denied') return /no\s+longer/i.test(cue ?? '') ? { status: 'denied', modality: 'past', reason: cue } : { status: 'denied', modality: 'denied', reason: cue };
    // "tools such as X" is an example unless the sentence says we use them.
    // Only the text just before the name can hold its example cue ("tools such as X, Y and Z"):
    // a bounded window keeps a long clause with many names linear.
    const windowStart = Math.max(clause.start, span.start - 300);
    // The rest of an example list counts too: "tools such as X, Y or Z" (connectors between names).
    const lead = blankSpans(raw.slice(windowStart, span.start), windowStart, others).replace(/(?:[\s,]|\b(?:or|and|as\s+well\s+as)\b)+$/iu, ' ');
    if (EXAMPLE_CUE.test(lead) && !(firstPersonUse ??= FIRST_PERSON_USE.test(raw))) {
      return { status: 'ignored', modality: 'example', reason: 'an example, not a statement that it is used' };
    }
    return { status: 'named', modality: 'used' };
  };

  const at = (span: Span) => positionAt(sentence.block, sentence.start + span.start);
  for (const hit of terms) {
    const { status, modality, reason } = hit.ignored ? { status: 'ignored' as const, modality: 'other' as const, reason: hit.ignored } : classify(hit);
    const base = { match: hit.text, status, modality, ...(reason ? { reason } : {}), ...(hit.product ? { product: hit.product } : {}), ...at(hit), sentence: sentence.text };
    if (hit.term.vendors.length > 0) {
      for (const id of hit.term.vendors) {
        const vendor = catalog.vendors.get(id)!;
        mentions.push({ kind: 'vendor', id, name: vendor.name, organization: vendor.organization, ...base });
      }
    } else {
      for (const id of hit.term.organizations) mentions.push({ kind: 'organization', id, name: catalog.organizations.get(id)?.name ?? id, ...base });
    }
  }
  for (const hit of categories) {
    const { status, modality, reason } = classify(hit);
    // A category is reported only where the text denies it ("we previously used X for analytics" denies no analytics).
    if (modality !== 'denied') continue;
    const id = hit.categories[0]!;
    mentions.push({ kind: 'category', id, name: catalog.categories.get(id) ?? id, categories: hit.categories, match: hit.text, status, modality, reason, ...at(hit), sentence: sentence.text });
  }
  return mentions.sort((a, b) => a.line - b.line || a.column - b.column);
}
