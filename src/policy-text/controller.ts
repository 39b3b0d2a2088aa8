import type { PolicySentence } from './types.js';

// Who "we" are: the company that publishes the policy. Its own name is never a third party,
// even when a catalog product shares it ("Segment's privacy policy" written by Segment, a
// company named like a catalog vendor), so its mentions are set aside before any reading.
// Found from the text (the defined term `Acme, Inc. ("Acme", "we", "us")`, the title, "This
// Privacy Policy describes how Acme ...", "Acme operates ...") and `settings.company-names`.

/** The legal-form suffixes dropped to find the short name: "Acme, Inc." → "Acme". */
const LEGAL_FORM = /[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.?|company|plc|gmbh|ag|s\.?a\.?s?|b\.?v\.?|n\.?v\.?|pty\.?(?:\s+ltd\.?)?|pbc|oy|oü|ab|aps|kg|ug|s\.?p\.?a\.?|k\.?k\.?|s\.?r\.?l\.?|sp\.\s*z\s*o\.o\.)$/iu;

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ ,]+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of|and|for|the|de|la|inc\.?|llc|ltd\.?|gmbh|ag|corp\.?|co\.?|plc|pbc|s\.a\.|b\.v\.))*`;

/**
 * `Acme, Inc. ("Acme", "we", "us" or "our")`, `Acme GmbH (hereinafter "Acme" or "we")`,
 * `Acme Ltd. (the "Company", "we")`: a name followed by a parenthesis of defined terms that
 * includes a first-person pronoun.
 */
const DEFINED_TERM = new RegExp(
  String.raw`(?<name>${NAME})\s*\((?<terms>(?:(?:hereinafter|hereafter|collectively|together|also|referred\s+to|as|the|and|or|,|\s)*["“”'‘’](?:[^"“”'‘’()]{1,40})["“”'‘’])+)[^)]{0,40}\)`,
  'gu',
);
const PRONOUN_TERM = /["“”'‘’](?:we|us|our|ours)["“”'‘’]/iu;
const QUOTED = /["“”'‘’](?<term>[^"“”'‘’]{1,40})["“”'‘’]/gu;

/** "Acme Privacy Policy", "Privacy Policy of Acme", "Acme Inc. — Privacy Notice". */
const TITLE_BEFORE = new RegExp(String.raw`^(?<name>${NAME}?)(?:['’]s)?\s*(?:[-–—:|]\s*)?(?:Website\s+|App\s+|Online\s+|Global\s+)?Privacy\s+(?:Policy|Notice|Statement)\b`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^Privacy\s+(?:Policy|Notice|Statement)\s+(?:of|for|[-–—:|])\s*(?<name>${NAME})\s*$`, 'u');

/** "This Privacy Policy describes how Acme (...) collects", "This Policy outlines how Acme uses Cookies", "Acme operates the website". */
const DESCRIBES = new RegExp(
  String.raw`\b(?:[Tt]his|[Tt]he(?:se)?)\s+(?:(?:[Pp]rivacy|[Cc]ookies?)\s+)?(?:[Pp]olicy|[Nn]otice|[Ss]tatement)\s+(?:describes|explains|outlines|details|sets\s+out|applies\s+to|governs|covers)\s+(?:how\s+|the\s+ways?\s+(?:in\s+which\s+)?)?(?<name>${NAME})\s+(?:\([^)]{0,80}\)\s+)?(?:and\s+its\s+\w+\s+)?(?:collects?|uses?|processes|handles|treats|protects|shares)\b`,
  'u',
);
/**
 * "The controller (responsible for the processing) is Acme GmbH", "Acme Ltd is the data controller
 * of your personal data": the GDPR's own wording (Art. 13(1)(a)). The rest of the phrase must name
 * no one else: "the controller for Google Analytics is Google" is about a vendor, not about us.
 */
const CONTROLLER_IS = new RegExp(String.raw`^(?:the\s+)?(?:data\s+)?controller\b(?<scope>[^.:;]{0,80}?\s(?:is)|\s*:)\s+(?<name>${NAME})`, 'iu');
const IS_CONTROLLER = new RegExp(String.raw`^(?<name>${NAME})\s+(?:\([^)]{0,80}\)\s+)?(?:is|acts\s+as)\s+the\s+(?:data\s+)?controller\b(?<scope>[^.;]*)`, 'u');
/** Capitalised words a controller sentence may hold besides the company: the law it cites. */
const LEGAL_WORDS = /\b(?:GDPR|DSGVO|UK|EU|EEA|Art|Article|General|Data|Protection|Regulation|Act)\b/gu;

function controllerSentence(regex: RegExp, text: string): string | undefined {
  const match = regex.exec(text);
  if (!match || /\p{Lu}/u.test((match.groups?.['scope'] ?? '').replace(LEGAL_WORDS, ''))) return undefined;
  return match.groups?.['name'];
}

const LEADING_NAME = new RegExp(String.raw`^(?<name>${NAME})`, 'u');
/** A contact block's heading; the first line under it that is a name with a legal form is the company. */
const CONTACT_HEADING = /^(?:[\d.]+\s+)?(?:how\s+to\s+)?(?:contact(?:\s+(?:us|information|details))?|(?:data\s+)?controller|who\s+we\s+are|imprint|impressum|responsible\s+(?:party|entity))\s*:?$/iu;

const OPERATES = new RegExp(String.raw`^(?<name>${NAME})\s+(?:\([^)]{0,80}\)\s+)?(?:operates|owns|provides|runs)\s+(?:the|this)\b`, 'u');

/** Generic words a pattern can capture that are no company. */
const NOT_A_NAME = /^(?:the|this|our|we|us|you|your|company|service|services|website|app|privacy|policy|notice|statement|data|personal|information)$/iu;

function shortName(name: string): string {
  return name.replace(LEGAL_FORM, '').replace(/[,\s]+$/, '').trim();
}

function usable(name: string | undefined): name is string {
  return name !== undefined && name.trim().length >= 2 && !NOT_A_NAME.test(name.trim());
}

/** The names "we" go by, from the text and the manifest's `settings.company-names`: full, short and defined terms. */
export function controllerNames(sentences: PolicySentence[], configured: string[] = []): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (!usable(name)) return;
    const full = name.replace(/\s+/g, ' ').replace(/[,.\s]+$/, (tail) => (/\.$/.test(tail) && LEGAL_FORM.test(name) ? '.' : '')).trim();
    names.add(full);
    const short = shortName(full);
    if (usable(short)) names.add(short);
  };
  for (const name of configured) add(name);
  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    for (const match of text.matchAll(DEFINED_TERM)) {
      const terms = match.groups?.['terms'] ?? '';
      if (!PRONOUN_TERM.test(terms)) continue;
      add(match.groups?.['name']);
      for (const term of terms.matchAll(QUOTED)) {
        const value = term.groups?.['term'] ?? '';
        if (/^\p{Lu}/u.test(value) && !/^(?:Company|Service|Services|Platform|Website|Site|App|Application|User|You)$/u.test(value)) add(value);
      }
    }
    add(DESCRIBES.exec(text)?.groups?.['name']);
    add(upToLegalForm(controllerSentence(CONTROLLER_IS, text)).name);
    add(controllerSentence(IS_CONTROLLER, text));
    if (CONTACT_HEADING.test(text)) add(contactName(sentences.slice(index + 1, index + 4)));
    // The title is one of the first lines; "Operates" sentences open the policy.
    if (index < 5) {
      add(TITLE_BEFORE.exec(text)?.groups?.['name']);
      add(TITLE_AFTER.exec(text)?.groups?.['name']);
      add(OPERATES.exec(text)?.groups?.['name']);
    }
  }
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * A name cut after its legal form, where the match ran on into an address ("Acme GmbH,
 * Hauptstr."), with what followed the cut; the name as it is when it has no legal form.
 */
function upToLegalForm(name: string | undefined): { name?: string; legal: boolean; rest: string } {
  if (name === undefined) return { legal: false, rest: '' };
  for (let end = name.length; end > 0; end = name.lastIndexOf(' ', end - 1)) {
    const candidate = name.slice(0, end).replace(/[,\s]+$/, '');
    if (LEGAL_FORM.test(candidate)) return { name: candidate, legal: true, rest: name.slice(candidate.length) };
  }
  return { name, legal: false, rest: '' };
}

/**
 * The company in a contact block: a line under the heading that is a name ending in a legal form
 * ("Acme GmbH", "Acme Shop, Inc., 1 Main St"), as a postal address starts. A line that goes on
 * with a verb ("Stripe, Inc. processes payments") is a statement, and names no one.
 */
function contactName(sentences: PolicySentence[]): string | undefined {
  for (const sentence of sentences) {
    const line = ('raw' in sentence && typeof sentence.raw === 'string' ? sentence.raw : sentence.text).split('\n')[0]!.trim();
    const match = LEADING_NAME.exec(line);
    const found = upToLegalForm(match?.groups?.['name']);
    const after = line.slice(found.name?.length ?? 0);
    if (found.legal && /^\s*(?:$|,)/.test(after)) return found.name;
  }
  return undefined;
}

/** Is this match one of the controller's names (or a legal-form variant of one)? */
export function isControllerName(match: string, names: string[]): boolean {
  const key = shortName(match.replace(/\s+/g, ' ').trim()).toLowerCase();
  if (key === '') return false;
  return names.some((name) => shortName(name).toLowerCase() === key || name.toLowerCase() === key);
}
