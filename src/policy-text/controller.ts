import type { PolicySentence } from './types.js';

// Who "we" are: the company that publishes the policy. Its own name is never a third party,
// even when a catalog product shares it ("Segment's privacy policy" written by Segment, a
// company named like a catalog vendor), so its mentions are set aside before any reading.
// Found from the text (the defined term `Acme, Inc. ("Acme", "we", "us")`, the title, "This
// Privacy Policy describes how Acme ...", "Acme operates ...") and `settings.company-names`.

/** The legal-form suffixes dropped to find the short name: "Acme, Inc." → "Acme". */
const LEGAL_FORM = /[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.?|company|plc|gmbh|ag|s\.?a\.?s?|b\.?v\.?|n\.?v\.?|pty\.?(?:\s+ltd\.?)?|pbc|oy|ab|s\.?r\.?l\.?|sp\.\s*z\s*o\.o\.)$/iu;

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
    // The title is one of the first lines; "Operates" sentences open the policy.
    if (index < 5) {
      add(TITLE_BEFORE.exec(text)?.groups?.['name']);
      add(TITLE_AFTER.exec(text)?.groups?.['name']);
      add(OPERATES.exec(text)?.groups?.['name']);
    }
  }
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Is this match one of the controller's names (or a legal-form variant of one)? */
export function isControllerName(match: string, names: string[]): boolean {
  const key = shortName(match.replace(/\s+/g, ' ').trim()).toLowerCase();
  if (key === '') return false;
  return names.some((name) => shortName(name).toLowerCase() === key || name.toLowerCase() === key);
}
