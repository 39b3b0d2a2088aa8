import { isControllerName } from './controller.js';
import { positionAt, type LocatedSentence } from './sentences.js';
import type { PolicyMention, UnknownName } from './types.js';

// Subprocessor lists: the items under a heading or sentence that introduces subprocessors ("We use
// the following subprocessors:", "## Service providers"). An item's head, the name before its
// purpose ("Convex. Data storage.", "Hetzner - hosting", "Backend: Hetzner"), is a service, and one
// the catalog does not know is listed as unknown. Precision first: a list is read only when one of
// its items names a catalog vendor or company, which shows it lists services and not, say, the
// kinds of data shared with them.

const INTRO =
  /\bsub-?processors?\b|\bservice\s+providers?\b|\bthird[- ]part(?:y|ies)\s+(?:services?|providers?|vendors?|tools?)\b|\b(?:services|tools|vendors|providers)\s+(?:we\s+use|used|we\s+rely\s+on)\b/iu;
/** The item's head: up to a dash, colon, parenthesis, comma or full stop that starts its purpose. */
const HEAD = /^(?<head>\S.*?)(?=\s+[-–—|]\s|\s*:\s|\s+\(|,\s|\.\s|\.?$)/u;
const SERVICE_NAME = /^\p{Lu}[\p{L}\p{N}.&'’+-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’+-]*|&)){0,3}$/u;
/** A role that heads a "Role: Name" item rather than names a service. */
const ROLE =
  /^(?:(?:web\s+|file\s+|data\s+)?(?:hosting|storage)|analytics|e-?mail|transactional\s+e-?mail|payments?|(?:customer\s+)?support|database|back-?end|front-?end|monitoring|error\s+tracking|infrastructure|newsletters?|marketing|cdn|dns|domains?|auth(?:entication)?|search|chat|crm|billing|logging|mail|notes?|note-taking)$/iu;
/** Kinds of personal data: a list of what is shared with providers, not of providers. */
const DATA_KIND =
  /^(?:(?:full\s+)?names?|e-?mail(?:\s+address(?:es)?)?|(?:postal\s+|ip\s+)?address(?:es)?|phone(?:\s+numbers?)?|cookies?|location|usage\s+data|device\s+(?:data|information)|payment\s+(?:data|details|information)|contact\s+(?:data|details|information)|account\s+(?:data|details|information))$/iu;
/** Non-item sentences allowed between the introduction and the list's first item. */
const INTRO_REACH = 2;

interface ListItem {
  sentence: LocatedSentence;
  name?: string;
  known: boolean;
}

/** The service an item names, if its head reads as a name: "Role: Name" gives the name. */
function itemName(text: string): string | undefined {
  let head = HEAD.exec(text)?.groups?.['head']?.trim();
  const rest = head !== undefined ? text.slice(head.length) : '';
  if (head && ROLE.test(head) && /^\s*:\s/.test(rest)) head = HEAD.exec(rest.replace(/^\s*:\s*/, ''))?.groups?.['head']?.trim();
  head = head?.replace(/[.,;:]+$/, '');
  return head && SERVICE_NAME.test(head) && !ROLE.test(head) && !DATA_KIND.test(head) ? head : undefined;
}

/** Services named at the head of subprocessor list items that the catalog does not know. */
export function readLists(sentences: LocatedSentence[], mentions: PolicyMention[], controller: string[]): UnknownName[] {
  const unknown: UnknownName[] = [];
  const mentioned = new Set(mentions.filter((mention) => mention.kind !== 'category').map((mention) => `${mention.line}\0${mention.sentence}`));
  let reach = -1;
  let items: ListItem[] = [];
  const close = () => {
    if (items.some((item) => item.known)) {
      for (const { sentence, name, known } of items) {
        if (known || !name || isControllerName(name, controller)) continue;
        const at = sentence.raw.indexOf(name);
        const { line, column } = at === -1 ? sentence : positionAt(sentence.block, sentence.start + at);
        unknown.push({ name, line, column, sentence: sentence.text });
      }
    }
    items = [];
  };
  let lastBlock: LocatedSentence['block'] | undefined;
  for (const sentence of sentences) {
    const head = sentence.block !== lastBlock;
    lastBlock = sentence.block;
    if (!sentence.block.listItem) {
      if (items.length > 0) {
        close();
        reach = -1;
      }
      reach = INTRO.test(sentence.text) ? INTRO_REACH : reach - 1;
      continue;
    }
    // Only an item's first sentence holds its head; the list must follow an introduction.
    if (!head || reach < 0) continue;
    items.push({ sentence, known: mentioned.has(`${sentence.line}\0${sentence.text}`), ...(itemName(sentence.text) ? { name: itemName(sentence.text)! } : {}) });
  }
  close();
  return unknown;
}
