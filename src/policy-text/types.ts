// The types of the policy-text reader: a published privacy policy turned into sentences, and
// what those sentences say about catalog vendors, organizations and categories.

/** How a policy file is read: by extension, or by sniffing the first bytes. */
export type PolicyFormat = 'markdown' | 'html' | 'text';

/**
 * A run of visible text that no sentence crosses (a paragraph, list item, table row, heading),
 * with anchors mapping its character offsets back to the source.
 */
export interface TextBlock {
  text: string;
  /** From `at` on, the text stands at this 1-based source position (advancing by newlines). */
  anchors: { at: number; line: number; column: number }[];
  /** A list item (Markdown `- item`, `1. item`; HTML `<li>`): the head of a subprocessor list's entry. */
  listItem?: boolean;
}

/** One sentence of the policy, with its 1-based source position. */
export interface PolicySentence {
  text: string;
  line: number;
  column: number;
}

/** named: the text says it is used; denied: the text says it is not; ignored: neither (see `reason`). */
export type MentionStatus = 'named' | 'denied' | 'ignored';

/**
 * How the sentence speaks of it. `used` is the only reading that names a vendor as used;
 * `denied` and `past` ("we stopped loading X") are promises the code can contradict; the rest
 * say nothing about use: `conditional` (plans, "might", user-connected accounts), `example`
 * ("tools such as X" with no statement that we use them), `instruction` (opt-outs, settings,
 * "follow the instructions provided by X"), `own-company` (the policy's own "we"), `other`
 * (URLs, comparisons, trademark notices, social profiles).
 */
export type Modality = 'used' | 'denied' | 'past' | 'conditional' | 'example' | 'instruction' | 'own-company' | 'other';

/** One mention of a vendor, organization or category in the policy text. */
export interface PolicyMention {
  kind: 'vendor' | 'organization' | 'category';
  /** Catalog id: vendor id, organization id, or the first of `categories`. */
  id: string;
  name: string;
  /** The text as written. */
  match: string;
  status: MentionStatus;
  modality: Modality;
  /** Why it was ignored, or the negation that denies it. */
  reason?: string;
  /** For vendor mentions: the vendor's organization; for category mentions: every category covered. */
  organization?: string;
  categories?: string[];
  /** An organization named with a product the catalog does not know: "Google Workspace" (not Google Ads). */
  product?: string;
  /** From a subprocessor table row: its purpose and location columns. */
  purpose?: string;
  location?: string;
  line: number;
  column: number;
  sentence: string;
}

/** A service named in a subprocessor list or table that the catalog does not know. */
export interface UnknownName {
  name: string;
  purpose?: string;
  location?: string;
  line: number;
  column: number;
  sentence: string;
}

/** A policy text as the tool understood it. */
export interface PolicyText {
  /** Repo-relative POSIX path (or the path as given when outside the repository). */
  path: string;
  format: PolicyFormat;
  sentences: PolicySentence[];
  mentions: PolicyMention[];
  /** The names the policy's own company goes by ("we"): never read as vendors. */
  controller: string[];
  /** Services named in subprocessor lists and tables that the catalog does not know. */
  unknown: UnknownName[];
}

/** The raw policy file handed to the scan. */
export interface PolicySource {
  path: string;
  text: string;
  /** `settings.company-names`: the names "we" go by, in addition to those the text defines. */
  companyNames?: string[];
}
