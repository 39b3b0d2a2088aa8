import type { Language } from './languages.js';

// Import statements → the modules a source file imports. A vendor's `imports` signature names
// the namespaces only its SDK uses (`io.sentry`, `sentry_sdk`, `FirebaseAnalytics`); matching
// them on real import statements finds the SDK behind a company wrapper library, in build logic
// the manifest parsers cannot follow, and in vendored copies. Statements are read from text whose
// comments are already blanked, and each regex is anchored at the start of a line, so a mention
// in prose or in the middle of an expression is not an import.

/** Families of languages that share one namespace syntax (Java, Kotlin, Scala and Groovy share packages). */
export const IMPORT_GROUPS = ['jvm', 'apple', 'python', 'go', 'dotnet', 'ruby', 'php', 'dart', 'elixir', 'js'] as const;
export type ImportGroup = (typeof IMPORT_GROUPS)[number];

const GROUP_OF: Partial<Record<Language, ImportGroup>> = {
  java: 'jvm',
  kotlin: 'jvm',
  scala: 'jvm',
  groovy: 'jvm',
  swift: 'apple',
  objc: 'apple',
  python: 'python',
  go: 'go',
  csharp: 'dotnet',
  ruby: 'ruby',
  php: 'php',
  dart: 'dart',
  elixir: 'elixir',
  js: 'js',
};

/** The import family of a file's language, if imports are read in it. */
export function importGroupOf(language: Language): ImportGroup | undefined {
  return GROUP_OF[language];
}

/**
 * What separates a namespace from what is below it: `io.sentry` covers `io.sentry.android`,
 * `github.com/getsentry/sentry-go` covers `.../sentry-go/http`; a Swift module has nothing below.
 */
export const NAMESPACE_SEPARATOR: Record<ImportGroup, string | undefined> = {
  jvm: '.',
  apple: undefined,
  python: '.',
  go: '/',
  dotnet: '.',
  ruby: '/',
  php: '\\',
  dart: '/',
  elixir: '.',
  js: '/',
};

/** One imported module and the offset of its name in the file. */
export interface ImportedModule {
  module: string;
  index: number;
}

// One regex per family, each alternative capturing the module name in a group named `m<n>`.
// Bounded repetitions only; `[ \t]` rather than `\s` where a statement cannot span lines.
const STATEMENTS: Record<ImportGroup, RegExp> = {
  // import io.sentry.Sentry; import static io.sentry.Sentry.init; import io.sentry.* (Kotlin: `as`)
  jvm: /^[ \t]*import[ \t]+(?:static[ \t]+)?(?<m0>[A-Za-z_][\w.]{0,200})/gm,
  // import Sentry; @testable import X; import struct X.Y; @import FirebaseAnalytics; #import <FirebaseAnalytics/FIRAnalytics.h>
  apple:
    /^[ \t]*(?:(?:@\w+[ \t]+){0,3}import[ \t]+(?:(?:class|struct|enum|protocol|func|var|let|typealias)[ \t]+)?(?<m0>[A-Za-z_]\w{0,100})|@import[ \t]+(?<m1>[A-Za-z_]\w{0,100})|#[ \t]*(?:import|include)[ \t]*<(?<m2>[A-Za-z_]\w{0,100})\/)/gm,
  // import sentry_sdk; import a.b as c, d; from sentry_sdk.integrations import X (relative imports are the project's own)
  python: /^[ \t]*(?:import[ \t]+(?<m0>[A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]{0,200}(?:[ \t]+as[ \t]+\w+)?){0,30})|from[ \t]+(?<m1>[A-Za-z_][\w.]{0,200})[ \t]+import\b)/gm,
  // import "path"; import alias "path"; and each line of an import ( ... ) block (see goImports)
  go: /^[ \t]*import[ \t]+(?:[\w.]+[ \t]+)?"(?<m0>[^"\n]{1,300})"/gm,
  // using Sentry; global using Sentry.Extensions; using static X.Y; using A = Stripe.Terminal; F#: open X; VB: Imports X
  dotnet: /^[ \t]*(?:(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?(?<m0>[A-Za-z_][\w.]{0,200})[ \t]*;|open[ \t]+(?<m1>[A-Za-z_][\w.]{0,200})[ \t]*$|Imports[ \t]+(?<m2>[A-Za-z_][\w.]{0,200}))/gm,
  // require 'sentry-ruby'; require("stripe") (require_relative is the project's own code)
  ruby: /^[ \t]*require[ \t]*\(?[ \t]*["'](?<m0>[^"'\n]{1,200})["']/gm,
  // use Sentry\State\Scope; use function Sentry\init; use Stripe\{Stripe, Charge}
  php: /^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?\\?(?<m0>[A-Za-z_][\w\\]{0,200})/gm,
  // import 'package:sentry_flutter/sentry_flutter.dart'; export "package:x/y.dart"
  dart: /^[ \t]*(?:import|export)[ \t]+["']package:(?<m0>[\w]{1,100})\//gm,
  // alias Sentry.PlugCapture; use Appsignal.Phoenix; import Ecto.Query; require Logger; alias Stripe.{Customer, Charge}
  // https://hexdocs.pm/elixir/alias-require-and-import.html
  elixir: /^[ \t]*(?:alias|import|require|use)[ \t]+(?<m0>[A-Z]\w{0,100}(?:\.[A-Z]\w{0,100}){0,10})/gm,
  // import x from 'pkg'; import 'pkg'; export * from 'pkg'; require('pkg'); import('pkg')
  // (the `from` of a multi-line import ends a line with no quote before it: `} from 'pkg'`)
  js: /(?:^[^'"`\n]{0,300}?\bfrom[ \t]*|^[ \t]*import[ \t]*|\brequire[ \t]*\([ \t]*|\bimport[ \t]*\([ \t]*)["'](?<m0>[^"'\n]{1,200})["']/gm,
};

const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_BLOCK_LINE = /^[ \t]*(?:[\w.]+[ \t]+)?"(?<m0>[^"\n]{1,300})"/gm;

/** Modules imported by a Go `import ( ... )` block. */
function goBlocks(code: string, into: ImportedModule[]): void {
  GO_BLOCK.lastIndex = 0;
  for (let block = GO_BLOCK.exec(code); block; block = GO_BLOCK.exec(code)) {
    const start = GO_BLOCK.lastIndex;
    const end = code.indexOf(')', start);
    if (end === -1) return;
    const body = code.slice(start, end);
    GO_BLOCK_LINE.lastIndex = 0;
    for (let line = GO_BLOCK_LINE.exec(body); line; line = GO_BLOCK_LINE.exec(body)) {
      const module = line.groups?.m0;
      if (module) into.push({ module, index: start + line.index + line[0].indexOf('"') + 1 });
    }
    GO_BLOCK.lastIndex = end;
  }
}

/** Bare package name of a JS import specifier: `@scope/name` or `name`, without a subpath. */
function jsPackage(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z]+:/.test(specifier)) return undefined;
  return specifier;
}

/** Every module imported in `code` (comments already blanked), for one import family. */
export function findImports(group: ImportGroup, code: string): ImportedModule[] {
  const found: ImportedModule[] = [];
  const regex = STATEMENTS[group];
  regex.lastIndex = 0;
  for (let match = regex.exec(code); match; match = regex.exec(code)) {
    const groups = match.groups ?? {};
    const name = groups.m0 ?? groups.m1 ?? groups.m2;
    if (!name) continue;
    const index = match.index + match[0].lastIndexOf(name);
    if (group === 'python' && groups.m0) {
      // `import a.b as c, d`: each module of the list.
      let offset = match.index + match[0].indexOf(name);
      for (const part of name.split(',')) {
        const module = part.trim().split(/[ \t]+as[ \t]+/)[0]!;
        found.push({ module, index: offset + part.indexOf(module) });
        offset += part.length + 1;
      }
      continue;
    }
    if (group === 'js') {
      const module = jsPackage(name);
      if (module) found.push({ module, index });
      continue;
    }
    found.push({ module: group === 'jvm' || group === 'dotnet' ? name.replace(/\.$/, '') : name, index });
  }
  if (group === 'go') {
    goBlocks(code, found);
    found.sort((a, b) => a.index - b.index);
  }
  return found;
}

/**
 * The namespaces `module` lies in, most specific first: `io.sentry.android.core` →
 * `io.sentry.android.core`, `io.sentry.android`, `io.sentry`, `io`.
 */
export function namespacesOf(group: ImportGroup, module: string): string[] {
  const separator = NAMESPACE_SEPARATOR[group];
  if (!separator) return [module];
  const out = [module];
  for (let at = module.lastIndexOf(separator); at > 0; at = module.lastIndexOf(separator, at - 1)) out.push(module.slice(0, at));
  return out;
}
