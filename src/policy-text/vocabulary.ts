// The words the policy-text reader knows: category phrases, negation cues, and the contexts in
// which a company name is not a statement of use. Tuned for precision: a phrase is listed only
// where a reader of a privacy policy would agree it means what the tool takes it to mean.

/** A phrase naming a kind of tool, mapped to the catalog categories it denies. */
export interface CategoryPhrase {
  pattern: RegExp;
  categories: string[];
}

/**
 * Category phrases. Bare "ads" or "advertising" are left out on purpose: "we don't show ads"
 * says nothing about conversion pixels. "analytics cookies" is left out too: cookieless
 * analytics exist, and a denial of cookies is not a denial of analytics.
 */
export const CATEGORY_PHRASES: CategoryPhrase[] = [
  {
    pattern:
      /\b(?:(?:ad|ads|advertising|advertisement|marketing|conversion)[- ](?:re-?targeting[- ])?(?:trackers?|tracking|pixels?|networks?|tags?|scripts?|sdks?|cookies|beacons?)|re-?targeting(?:[- ](?:pixels?|tags?|cookies|trackers?|ads|campaigns?))?|re-?marketing(?:[- ](?:pixels?|tags?|cookies|lists?|campaigns?))?|(?:targeted|behaviou?ral|interest-based|cross-site)[- ](?:advertising|ads)|(?:third-party[- ])?(?:trackers|tracking[- ](?:pixels?|scripts?|cookies|technologies|tools)))\b/giu,
    categories: ['advertising'],
  },
  { pattern: /\b(?:session[- ](?:recordings?|replays?|recorders?|recording[- ]tools?)|screen[- ]recordings?|heat-?maps?|mouse[- ]tracking|keystroke[- ](?:logging|recording))\b/giu, categories: ['session-replay'] },
  {
    pattern: /\b(?:(?:third-party|web|website|product)[- ])?analytics(?:[- ](?:tools?|services?|software|providers?|scripts?|trackers?|platforms?|sdks?|packages?|vendors?))?\b(?![- ]cookies?)/giu,
    categories: ['analytics', 'web-analytics'],
  },
  { pattern: /\b(?:mobile[- ])?attribution[- ](?:tools?|sdks?|providers?|services?|partners?|networks?)\b/giu, categories: ['attribution'] },
  { pattern: /\btag[- ]manage(?:rs?|ment)\b/giu, categories: ['tag-manager'] },
  { pattern: /\ba\/b[- ]test(?:ing|s)?\b/giu, categories: ['experimentation'] },
  { pattern: /\b(?:social(?:[- ]media)?[- ](?:plugins?|widgets?|buttons?|embeds?)|(?:like|share)[- ]buttons?)\b/giu, categories: ['social'] },
  { pattern: /\b(?:error|crash)[- ](?:tracking|monitoring|reporting)(?:[- ](?:tools?|services?|software))?\b/giu, categories: ['error-monitoring'] },
  { pattern: /\b(?:(?:ai|llm|artificial[- ]intelligence)[- ](?:providers?|services?|vendors?|tools?|apis?)|large[- ]language[- ]models?)\b/giu, categories: ['ai'] },
];

const DENY_VERBS =
  'use|using|utili[sz]e|run|load|embed|employ|install|include|deploy|integrate|rely\\s+on|work\\s+with|partner\\s+with|contract\\s+with|engage|share|send|transfer|disclose|pass|provide|allow|permit|place|set|serve|display|have|add';

/** Negations whose scope runs to the right: "we do not use X", "no X", "without X", "instead of X". */
export const FORWARD_CUES: RegExp[] = [
  new RegExp(
    `\\b(?:(?:do|does|did|will|shall|would|can|could|may)\\s+not|(?:don|doesn|didn|won|wouldn|can)[’']?t|cannot|never|no\\s+longer)\\s+(?:(?:\\w+ly|ever)\\s+)*(?:${DENY_VERBS})\\b`,
    'giu',
  ),
  // "no Facebook, LinkedIn, Google Ads trackers"; not "no longer", "no later than", "no guarantee"
  /\b(?:no|zero|none\s+of|neither|nor|without|free\s+(?:of|from)|instead\s+of|rather\s+than)\b(?![- ](?:longer|later|matter|more|less|sooner|doubt|one|reply)\b)/giu,
  // German, Dutch, French and Spanish determiners: "Wir verwenden kein Google Analytics"
  /\b(?:kein(?:e|en|er|em)?|geen|aucune?|ningun[oa]?|ningún)\b/giu,
  // "We use Plausible, not Google Analytics"; not "not only", "not limited to"
  /(?:^|[,(;]\s*)not\b(?!\s+(?:only|just|limited|necessarily|all|always|every|yet)\b)/giu,
];

/** Negations whose scope runs to the left, over the subject: "Facebook pixels are not used". */
export const BACKWARD_CUES: RegExp[] = [
  /\b(?:(?:is|are|was|were|will\s+be|shall\s+be|be|being|has\s+been|have\s+been)\s+(?:not|never)|(?:isn|aren|wasn|weren)[’']?t)\s+(?:(?:\w+ly|ever)\s+)*(?:used|loaded|run|embedded|employed|installed|included|deployed|integrated|shared|sent|transferred|disclosed|present|placed|set|served|active|enabled)\b/giu,
];

/**
 * Words that may stand between a negation and what it denies ("we do not use any third-party
 * tools such as X"). Any other word ends the negation's reach: "we don't use cookies because
 * Stripe ..." denies nothing about Stripe.
 */
export const GAP_WORDS = new Set(
  `a an the any all such other others another our your their its this these those of or and nor either as like including include includes
  namely e.g eg i.e ie etc with to from by on in via ever at anything anyone kind kinds type types sort sorts form forms whatsoever
  currently knowingly directly indirectly actively
  personal data information info details user users customer customers visitor visitors people you us
  services service tools tool software products product providers provider vendors vendor companies company platforms platform
  sdk sdks scripts script cookies cookie pixels pixel trackers tracker tags tag plugins plugin technologies technology networks network
  partners partner libraries library widgets widget embeds embed integrations integration apis api code site sites website websites
  page pages app apps application applications party parties third third-party external outside processors processor subprocessors
  sub-processors analytics tracking advertising ad ads marketing retargeting remarketing session recording replay heatmaps social media
  conversion login sign-in buttons button chat fonts font big tech`
    .split(/\s+/)
    .filter(Boolean),
);

/** Fixed phrases a gap may hold, blanked before the word test. */
export const GAP_PHRASES = /\b(?:for\s+(?:example|instance)|such\s+as|at\s+all|of\s+any\s+kind)\b/giu;

/**
 * A word right after a denied mention that shows the negation does not reach it: a verb
 * starting a new clause ("we use no cookies and Stripe handles ..."), or a restriction
 * ("we do not use X for advertising", "trackers that follow you") that presupposes use.
 */
export const CLAUSE_VERBS = new Set(
  `is are was were will may might can could would should shall has have had does do did helps handles processes provides collects
  receives stores hosts sends acts operates powers uses runs serves sets places records tracks analyzes analyses delivers manages
  supports enables offers lets`
    .split(/\s+/)
    .filter(Boolean),
);
export const RESTRICTIONS = new Set(['for', 'to', 'beyond', 'in', 'when', 'if', 'unless', 'except', 'without', 'outside', 'on behalf']);
export const RESTRICTIVE_RELATIVES = new Set(['that', 'which', 'who', 'whose']);

/** Clause boundaries: a negation does not reach across them. */
export const CLAUSE_BREAK =
  /;|\s[—–]\s|\s-\s|\b(?:but|however|although|though|whereas|while|yet|instead(?!\s+of)|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|besides|unless|excluding|save\s+for|only)\b/giu;

/** A sentence that makes a denial conditional ("without your consent") denies nothing. */
export const CONDITIONAL =
  /\b(?:without\s+(?:first\s+)?(?:obtaining\s+|asking\s+(?:for\s+)?)?(?:your\s+)?(?:(?:prior|explicit|express|affirmative)\s+)*(?:consent|permission|agreement|opt-in)|until\s+you|unless|if\s+you\s+(?:consent|agree|accept|opt|allow|enable|choose)|before\s+you\s+(?:consent|agree|accept)|(?:by\s+default|default\s+settings))\b/iu;

/** Opt-out instructions, settings and references: a company named there is not a processor. */
export const OPT_OUT =
  /\bopt(?:ing)?[- ]?out\b|\bopt-out\b|\b(?:ad|ads|advertising|privacy|account|browser|device|cookie|personali[sz]ation)\s+(?:settings|preferences|choices|controls?)\b|\byour\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:settings|preferences|account(?!\s+(?:data|information|details|records)))\b|\byou\s+(?:can|may|could|might)\s+(?:also\s+)?(?:opt|change|adjust|disable|control|manage|turn\s+off|block|delete|limit|withdraw|refuse|reject|review|visit|install|download|learn|find|read|object)\b|\bbrowser\s+add-?on\b|\blearn\s+more\b|\bfor\s+more\s+information\b|\bprivacy\s+(?:policy|notice|statement)\s+of\b|\b(?:their|its)\s+(?:own\s+)?(?:privacy\s+(?:policy|notice|statement)|terms|processing|practices)\b|\bread\s+more\b/iu;

/** Statements of use, which win over an opt-out cue in the same clause. */
export const USE_CUE =
  /\b(?:we|our\s+\w+)\s+(?:(?:also|currently|only)\s+)?(?:use|uses|rely|work|partner|share|send|engage|embed|load|run|host)\b|\b(?:is|are)\s+(?:used|provided|hosted|processed|powered)\b|\b(?:provided|hosted|processed|powered|handled)\s+by\b/iu;

/** A link to the company's own social profile. */
export const SOCIAL_PROFILE = /\b(?:[Ff]ollow|[Ff]ind|[Ll]ike|[Jj]oin|[Cc]onnect\s+with)\s+us\s+on\b|\bour\s+(?:official\s+)?(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,2}(?:page|profile|channel|handle|feed)\b/u;

/** Comparisons, trademark and affiliation notices. */
export const NOT_A_STATEMENT = /\bunlike\b|\bcompared\s+(?:to|with)\b|\balternatives?\s+to\b|\btrademarks?\b|\bregistered\s+marks?\b|\baffiliated\b|\bendorsed\b|\bsponsored\b/iu;

/** A platform product right after a company name: something the user runs, not a processor. */
export const PLATFORM_PRODUCT =
  /^\s+(?:Chrome|Play(?:\s+Store)?|Edge|Internet\s+Explorer|Windows|Android|Store|App\s+Store|Accounts?|Search|Safari|Firefox|Docs|Drive|Photos|Home|Assistant|Dashboard|Takeout|Family\s+Link)\b(?!\s+(?:[\p{L}-]+\s+){0,2}(?:SDKs?|APIs?|Library|Libraries)\b)/iu;

/** Right after a company name: a reference to its own policy or terms. */
export const OWN_POLICY = /^(?:['’]s?)?\s+(?:privacy\s+(?:policy|notice|statement|shield)|terms(?:\s+of\s+(?:service|use))?|cookie\s+policy|data\s+(?:processing|policy))\b/iu;

/**
 * A place the reader is sent to, named after the company that hosts it: "our GitHub repository",
 * "please use GitHub issues", "the Github Notepads App community". The company hosts the place;
 * the sentence says nothing about sending it anyone's data.
 */
export const VENUE_AFTER = /^(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}?\s+(?:[Rr]epositor(?:y|ies)|[Rr]epo|[Ii]ssues?|[Ii]ssue\s+[Tt]racker|[Dd]iscussions?|[Cc]ommunity|[Oo]rgani[sz]ation|[Ww]iki|[Rr]eleases?|[Gg]ists?)\b/u;
/** "made available on GitHub", "you can view the history on GitHub", "create an issue on X": where something is published. */
export const VENUE_BEFORE = /\b(?:available|view|see|find|found|read|browse|report|an?\s+issue|a\s+pull\s+request)\b[^.;:]{0,60}\s(?:on|at)\s+(?:our\s+)?$/iu;
/** "TRUSTe Certified", "Privacy Shield certified": a certification the company issues, not a service used. */
export const CERTIFICATION_AFTER = /^\s+(?:certified|certification|seal)\b/iu;

/**
 * Aliases that are also ordinary English words ("Segment", "Square", "Block", "Front"): matched
 * only with the catalog's capitalisation, and not as the first word of a sentence or in a
 * title-case heading.
 */
export const COMMON_WORDS = new Set([
  'segment', 'square', 'block', 'bird', 'front', 'front app', 'front chat', 'heap', 'meta', 'elastic', 'harness', 'turnstile', 'gemini',
  'mistral', 'crisp', 'resend', 'replicate', 'plausible', 'fathom', 'gtm', 'tawk', 'account engagement', 'sales cloud', 'service cloud',
  'la plateforme', 'here maps', 'here technologies', 'here location services', 'simple analytics', 'x pixel', 'x ads', 'x embeds',
  'x for websites', 'x conversion tracking', 'text s.a.', 'universal event tracking',
]);

/**
 * One-word aliases that are also dictionary words ("close", "tally", "stripe", "drift"): written
 * in lower case they are the word, not the company ("when you close your browser", "to tally
 * page views"), so a lower-case one counts only where a lower-case name would (the object of
 * "we use", the head of a "name — purpose" row). Capitalised they count as any name does.
 * test/policy-text/dictionary-words.test.ts keeps this list complete against an English word list.
 */
export const DICTIONARY_WORDS = new Set<string>([
  'ably', 'adobe', 'affirm', 'agora', 'airship', 'alchemy', 'amplitude', 'anthropic', 'apple', 'arcade', 'asana', 'axiom', 'bandwidth',
  'batch', 'blizzard', 'box', 'braze', 'canny', 'carbon', 'castle', 'chameleon', 'chroma', 'circle', 'cisco', 'clerk', 'close',
  'cohere', 'constructor', 'convert', 'copper', 'courier', 'covalent', 'daily', 'delighted', 'discord', 'drip', 'dub', 'duo',
  'dynamic', 'embrace', 'entrust', 'expo', 'fastly', 'fedex', 'fingerprint', 'fixer', 'forte', 'foursquare', 'genius', 'gladly', 'gorgias',
  'helper', 'highlight', 'honeycomb', 'hunter', 'hyperbolic', 'iconify', 'intercom', 'intuit', 'ketch', 'kickbox', 'kit', 'knock', 'koala', 'kraken', 'lark', 'line', 'linear', 'loom',
  'loops', 'magic', 'mailcoach', 'mandrill', 'marigold', 'medium', 'mega', 'mendable', 'metaphor', 'minimax', 'miro', 'mollie', 'mux', 'okta',
  'orb', 'ors', 'paddle', 'perplexity', 'persona', 'photon', 'phrase', 'pinata', 'pinecone', 'plaid', 'plain', 'plunk', 'polar', 'postmark', 'pylon',
  'privy', 'proton', 'pusher', 'pushover', 'radar', 'rollbar', 'runway', 'scarf', 'sentry', 'sift', 'skylight', 'slack', 'smarty', 'snowplow',
  'stagehand', 'steam', 'stellate', 'stream', 'stripe', 'superblock', 'tally', 'teads', 'telegram', 'teller', 'tenderly', 'tenor', 'termly',
  'threads', 'tilde', 'tink', 'transcend', 'tremendous', 'turnkey', 'twitch', 'unleash', 'ups', 'valve', 'visa', 'weave', 'whereby', 'wise', 'zep',
  'zoom',
]);

/** Dictionary words that a privacy policy writes in lower case only as the company: "google workspace", "facebook login". */
export const LOWER_CASE_BRANDS = new Set<string>(['google', 'facebook', 'twitter']);

/**
 * A common-word alias in any case as the object of a first-person use verb, ending the clause or
 * followed by its purpose: "we use plausible.", "we're using resend for e-mail". Not "we use
 * square footage" or "we use segment-level data": the word must end the noun phrase.
 */
export const LOWER_CASE_USE_BEFORE = /(?:\b(?:we|i)(?:['’]re\s+using|['’]m\s+using|\s+(?:(?:also|currently|only)\s+)?(?:use|are\s+using|am\s+using|rely\s+on))|\b(?:site|website|app|application|service)\s+uses)\s+$/iu;
export const LOWER_CASE_USE_AFTER = /^(?:\s*(?:[.,;:)]|$)|\s+(?:for|to|as)\s)/u;

/** Aliases that are only legal-form suffixes or too short to mean a company. */
export const USELESS_ALIASES = /^(?:inc\.?|llc|ltd\.?|co\.?|corp\.?|s\.?a\.?|gmbh|ag|plc|.{0,1})$/iu;

/**
 * A postal address around a name ("9450 SW Gemini Dr"): a house number before it and a street
 * word after it. The word is a street name, not the company.
 */
export const ADDRESS_BEFORE = /\b\d+[A-Za-z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){0,2}$/u;
export const ADDRESS_AFTER = /^\s+(?:Dr|Drive|St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Sq)\b/u;

/**
 * Past use, before the mention in its clause: "we previously used X", "we stopped loading X",
 * "X was removed", "we no longer use X". A past statement is a promise the code can contradict.
 */
export const PAST_CUES = /\b(?:previously|formerly|(?<=\b(?:we|i|they|he|she|it|you|our\s+[\p{L}-]+|the\s+(?:app|apps|site|website|service|extension))\s+(?:\p{L}+ly\s+)?)used\s+to|no\s+longer|stopped|ceased|discontinued|removed|dropped|phased\s+out|retired|migrated\s+(?:away\s+)?from|switched\s+(?:away\s+)?from|moved\s+(?:away\s+)?from|replaced|until\s+(?:\p{Lu}\p{L}+\s+)?\d{4})\b/giu;

/** Past use after the mention (passive): "X was removed in 2023", "X is no longer used". */
export const PAST_AFTER = /^[^.;]{0,40}?\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:removed|discontinued|retired|replaced|phased\s+out|dropped)|(?:is|are)\s+no\s+longer\s+(?:used|loaded|in\s+use|active))\b/iu;

/** "replaced X with Y", "switched from X to Y": Y is the one in use. */
export const REPLACEMENT_CUE = /^(?:replaced|migrated|switched|moved)\b/iu;
export const REPLACEMENT_TARGET = /\b(?:with|to|by)\b/iu;

/**
 * Plans and hypotheticals: "we may in the future use X", "we plan to add X", "we might use X",
 * "we are considering X". A bare "we may share ... with X" is legal boilerplate for real use and
 * stays `used`.
 */
export const HYPOTHETICAL =
  /\b(?:(?:may|might|could)\s+(?:in\s+the\s+future|later|one\s+day|someday|eventually)|in\s+the\s+future|(?:plan|plans|planning|intend|intends|intending)\s+to|(?:are|is)\s+(?:considering|evaluating|exploring|testing)|might\s+(?:also\s+)?(?:use|share|integrate|add|work)|could\s+(?:also\s+)?(?:use|share|integrate|add))\b/iu;

/**
 * A plan whose time comes after the name: "we may use X in the future", "we might add X at a later
 * date". Read only when a modal ("may", "might", "could") stands before the name in its clause.
 */
export const MODAL_BEFORE = /\b(?:may|might|could)\b/iu;
export const FUTURE_AFTER = /^[^.;:]{0,80}?\b(?:in\s+the\s+future|at\s+a\s+later\s+(?:date|time|stage|point)|later\s+on|some\s*day|one\s+day|eventually)\b/iu;

/**
 * "Neither X nor Y" opening a clause makes the names its subject: the predicate after the list
 * decides. "Neither X nor Y is used" denies both; "Neither Stripe nor PayPal sees your card
 * number" denies what they do, not that they are used.
 */
export const NEITHER_SUBJECT = /(?:^|[,:]\s*)\s*(?:(?:but|and|so|also)\s*,?\s+)?neither\b/giu;
export const PRESENCE_PREDICATE =
  /^(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been|gets?)\s+(?:(?:\w+ly|ever)\s+)*(?:used|loaded|run|embedded|employed|installed|included|deployed|integrated|present|active|enabled|placed|served|allowed)|(?:runs?|loads?)\s+(?:on|in)|(?:has|have)\s+access)\b/iu;

/** An integration the user connects with their own account: "if you connect your X account". */
export const USER_CONNECTED =
  /\b(?:if|when|once)\s+you\s+(?:choose\s+to\s+|decide\s+to\s+)?(?:connect|link|sign\s+(?:in|up)\s+(?:with|using|through|via)|log\s*in\s+(?:with|using|through|via)|authori[sz]e|integrate)\b|\bthird-party\s+(?:accounts?|integrations?)\s+(?:that\s+)?you\s+(?:connect|choose|enable)\b/iu;

/** "your Slack account": a brand's account the user holds (case-sensitive: "your user account" is ours). */
export const BRAND_ACCOUNT = /\b[Yy]our\s+(?:own\s+)?\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*)?\s+account\b/u;

/** An example rather than a statement: "tools such as X", "e.g. X", "for example X". */
export const EXAMPLE_CUE = /\b(?:such\s+as|e\.\s?g\.?|for\s+example|for\s+instance|like)\s*[:,]?\s*$/iu;

/** A first-person statement of use in the clause: "we use", "we rely on", "our site loads". */
export const FIRST_PERSON_USE =
  /\b(?:we|our(?:\s+\p{L}+){0,2}?)\s+(?:(?:also|currently|only|primarily|mainly|may|might|do|will|can)\s+)*(?:use|uses|using|rely|relies|work|works|partner|share|shares|send|sends|engage|engages|embed|embeds|load|loads|run|runs|host|hosts|employ|employs|integrate|integrates|contract|transfer|disclose|process|store|utili[sz]e|leverage)\b|\b(?:is|are)\s+(?:used|provided|hosted|processed|powered|operated|run|stored)\s+(?:by|with|on|through|via|using)\b|\b(?:provided|hosted|processed|powered|handled|delivered|operated)\s+by\b|\bsub-?processors?\b|\bservice\s+providers?\b(?=[^.]{0,60}\b(?:include|are|:))/iu;

/**
 * Advice to the reader, an imperative at the head of the sentence: "Please, stop using X",
 * "Try X", "Check out X". It says what the reader should do, not what we use.
 */
export const IMPERATIVE = /^\s*(?:please[,\s]+)?(?:stop|avoid|try|consider|switch|check\s+out|give\s+\w+\s+a\s+try)\b/iu;

/** A fronted "instead of X," or "rather than X,": X is denied whatever the main clause says. */
export const FRONTED_ALTERNATIVE = /^(?:instead\s+of|rather\s+than)$/iu;

/** Instructions that name a company without saying we use it: "follow the instructions provided by X". */
export const INSTRUCTION = /\b(?:follow(?:ing)?\s+the\s+(?:instructions|steps|guidance)|instructions\s+(?:provided|published|offered)\s+by|visit\s+(?:the\s+)?(?:website|site|page|help\s+(?:center|centre))\s+of|(?:advertising|ad)\s+id(?:entifier)?\s+settings|reset\s+your\s+(?:advertising|ad)\s+id)\b/iu;
