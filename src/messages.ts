import type { Finding, MentionConstruct } from './types.js';

// Words are rendered here, at the edge: checks emit ids and arguments only.

type Args = Record<string, string | number>;

/** Why a file was not read, in words (skipped-file). */
const SKIP_REASONS: Record<string, string> = {
  'too-large': 'larger than the 2 MiB limit for source code; only its hosts were looked for',
  binary: 'it looks binary: a NUL byte near its start',
  ignored: 'vendored code or build output, ignored by default outside served folders',
  submodule: 'a git submodule checked out here whose own repository disclosed cannot read (its config runs programs, or the recorded commit is missing): not scanned',
  unsupported: 'a code or template format disclosed does not read; only its hosts were looked for',
  translation: 'a translation catalog: text shown to people, not code',
};

/** The manifest-warning problems, by `problem` argument. */
const MANIFEST_WARNINGS: Record<string, (args: Args) => string> = {
  'declared-and-prohibited': (a) =>
    `${a.id} is declared as a subprocessor and also prohibited (${a.by === 'vendor' ? '' : `${a.by} "${a.target}", `}line ${a.prohibitedAt}): keep the declaration or the prohibition, not both`,
  'declared-twice': (a) => `${a.kind} ${a.id} is declared twice (first on line ${a.first}): merge the two entries into one`,
  'path-outside': (a) => `\`${a.glob}\` points outside the repository and can never match: ${a.section === 'exceptions' ? 'exception' : 'declaration'} paths are relative to the repository root`,
  'path-matches-nothing': (a) => `\`${a.glob}\` matches no file in the repository: check its spelling, and that it is relative to the repository root`,
};

const TEMPLATES: Record<string, (args: Args, manifest: string) => string> = {
  'undeclared-vendor': (a, m) => `${a.name} is used here (${a.match}) but not declared as a subprocessor in ${m}`,
  'prohibited-vendor': (a, m) =>
    `${a.name} is prohibited by ${m}${a.by === 'vendor' ? '' : ` (${a.by} "${a.target}")`}${a.reason ? `: ${a.reason}` : ''}${a.context ? `; present only indirectly: ${indirectReason(a)}` : ''}`,
  'indirect-vendor': (a) => `${a.name} is not integrated here: ${indirectReason(a)}`,
  'out-of-scope': (a) => `${a.name} is declared only for ${a.paths}, but is used here (${a.match})`,
  'purpose-missing': (a) =>
    `${a.name} is declared with ${a.state === 'todo' ? 'a TODO purpose' : a.state === 'empty' ? 'an empty purpose' : 'no purpose'}: write why you send it data`,
  'declared-not-found': (a) => `${a.name} is declared as a subprocessor but was not found in the code`,
  'unknown-vendor': (a) => `unknown ${a.kind} "${a.id}"${a.suggestions ? `; did you mean ${String(a.suggestions).split(', ').map((s) => `"${s}"`).join(' or ')}?` : ''}`,
  'manifest-warning': (a) => MANIFEST_WARNINGS[String(a.problem)]?.(a) ?? `manifest problem: ${a.problem}`,
  'parse-warning': (a) => `could not fully read this file: ${a.message}; the scan went on`,
  'invalid-ignore': (a) =>
    a.unknown
      ? `"${a.unknown}" is not a rule id, so "${a.text}" suppresses nothing${a.suggestion ? `; did you mean "${a.suggestion}"?` : ''}`
      : a.problem === 'file-position'
        ? `"${a.text}" is not in the first comment of the file, where a file-level suppression must be`
        : `malformed suppression "${a.text}": write \`disclosed-ignore <rule> -- <reason>\``,
  'unused-ignore': (a) => `this ${a.scope === 'file' ? 'disclosed-ignore-file' : 'disclosed-ignore'} ${a.rule} suppresses nothing; remove it`,
  'exception-expired': (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ''} expired on ${a.expires} and no longer applies`,
  'exception-unused': (a) => `the exception for ${a.rule}${a.vendor ? ` (${a.vendor})` : ''} suppresses nothing; remove it`,
  'policy-text-missing': (a) => `${a.name} is declared as a subprocessor but the privacy policy (${a.policy}) does not name it`,
  'policy-text-undeclared': (a, m) => `the privacy policy names ${a.name} ("${a.sentence}") but ${m} does not declare it`,
  'policy-text-contradiction': (a) => `the privacy policy says ${a.target} is ${a.claim ?? 'not used'} ("${a.sentence}"), but ${a.name} is detected in the code (${a.evidence})`,
  'tracking-before-consent': (a) => `${a.vendor} sent a request ${a.when} the consent banner, on ${a.page} (${a.url})`,
  'skipped-file': (a) =>
    `${a.reason === 'submodule' ? `this submodule (commit ${String(a.digest).slice(0, 12)})` : 'this file'} was not read (${SKIP_REASONS[String(a.reason)] ?? a.reason})${a.names ? `, and it carries signatures of ${a.names}${a.match ? ` (${a.match})` : ''}` : ''}: review it by hand`,
  'unlisted-third-party': (a) => `loads from or sends to ${a.host}${a.entity ? ` (${a.entity}${a.category ? `, ${a.category}` : ''})` : ''}, a third party the catalog does not know`,
};

/** How a mention construct reads in a sentence (text output, the drift report). */
export const CONSTRUCTS: Record<MentionConstruct, string> = {
  'allow-list': 'in an allow-list or content security policy',
  'url-pattern': 'by code that recognises its URLs',
  placeholder: 'as a placeholder',
  'default-value': 'as a default value',
  'resource-hint': 'in a preconnect hint',
  'env-file': 'as a value in an environment file',
  'media-link': 'as the link of an image in a data file',
  'not-installed': 'by configuration of a library the project does not install',
  'unreachable-module': 'in a module folder or file that no other code imports (dead code)',
  'unused-dependency': 'as a dependency that no file of the project imports, loads or configures (installed, never used)',
  'library-copy': "by a committed copy of a library, among its providers",
  'model-list': "as one model of a list of several providers' models",
  'url-list': "as one of a list of many services' URLs offered to pick from",
  'code-sample': 'in a code sample the product shows (an import written inside a string)',
  'host-list': "as one host of a data file that lists many vendors' hosts (a block list or a directory)",
  'seed-data': 'as data a database migration or seed file writes',
  'api-authorization': "as the OAuth endpoint an integration calls to be let into the provider's API (no one signs in with it)",
  hyperlink: 'as the address of a link',
  'first-party': "by the product itself (its own domain, or the vendor's own repository)",
  'env-registry': 'by a list of environment variables that nothing in the file uses',
  'provider-table': "by a table of a library's providers (a credential or a factory case for each)",
  'version-pin': 'by a version pin (dependency management) that no project references',
};

/** Why a detection is indirect, from the arguments of indirect-vendor (and prohibited-vendor). */
function indirectReason(a: Args): string {
  switch (a.context) {
    case 'transitive':
      return a.via ? `pulled in by ${a.via}; not imported by this code` : `only in a lockfile (${a.where}), pulled in by another package`;
    case 'dev':
      return `only a development or build dependency (${a.match} at ${a.where})${a.via ? `, pulled in by ${a.via}` : ''}`;
    case 'test':
      return `only in tests, examples or test tooling (${a.where})`;
    case 'disabled':
      return `switched off at ${a.where} (${a.match})`;
    case 'connector':
      return `a published library's connector only (${a.where}): a provider adapter, peer dependency or own SDK that the library's users set up with their own account`;
    case 'mention':
      if (a.construct === 'first-party') return `only the product itself (first-party: a host of its own domain, or the vendor's own repository) at ${a.where}`;
      if (a.construct === 'api-authorization') return `only its OAuth endpoint, which an integration at ${a.where} calls to be let into the provider's API; no one signs in with it`;
      return `only mentioned ${CONSTRUCTS[String(a.construct) as MentionConstruct] ?? 'in passing'} at ${a.where}, never called`;
    default:
      return `no evidence counts as use (${a.where})`;
  }
}

/** The human message of a finding. `manifest` is the manifest path, or a phrase when there is none. */
export function renderMessage(finding: Pick<Finding, 'rule' | 'args'>, manifest: string | null): string {
  const template = TEMPLATES[finding.rule];
  const where = manifest ?? 'the policy manifest (none found)';
  return template ? template(finding.args, where) : `${finding.rule}: ${JSON.stringify(finding.args)}`;
}
