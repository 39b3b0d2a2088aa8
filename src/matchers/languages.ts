// Which files hold code we match, and in which comment syntax. Markdown, changelogs, plain
// text and lockfiles are never here: a mention in docs is not an integration.

/** Language ids a vendor code pattern can be restricted to. */
export type Language =
  | 'js'
  | 'html'
  | 'python'
  | 'ruby'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'swift'
  | 'objc'
  | 'dart'
  | 'php'
  | 'csharp'
  | 'rust'
  | 'elixir'
  | 'scala'
  | 'groovy'
  | 'cpp'
  | 'coffee'
  | 'clojure'
  | 'lua'
  | 'perl'
  | 'r'
  | 'julia'
  | 'haskell'
  | 'elm'
  | 'erlang'
  | 'crystal'
  | 'config';

/**
 * How comments look in a file type, for blanking them before matching. A comment syntax applies
 * only where the language has it: `{# #}` in Jinja templates, never in Svelte (`{#if}`) or HTML.
 */
export type CommentStyle =
  // code: C-family, JavaScript (regex literals, JSX), PHP, Ruby/shell, configuration, Python
  | 'c'
  | 'js'
  | 'php'
  | 'hash'
  | 'config-hash'
  | 'python'
  // line comments only, opened by `--` (Lua), `--` with no quote strings (Haskell, Elm: `'` is in names), `%` (Erlang), `;` (Clojure)
  | 'dash'
  | 'dash-haskell'
  | 'percent'
  | 'semicolon'
  // stylesheets: block comments only (a `//` in `url(https://...)` is no comment)
  | 'css'
  // markup: plain HTML (and XML, Vue, Svelte), then HTML with a template language's comments
  | 'html'
  | 'astro'
  | 'jinja'
  | 'liquid'
  | 'handlebars'
  | 'erb'
  | 'jsp'
  | 'razor'
  | 'go-template'
  | 'blade'
  | 'eex'
  | 'smarty'
  | 'freemarker'
  | 'velocity'
  | 'mako'
  | 'gsp'
  | 'mdx'
  // indentation-based templates: comments are lines, and what is indented below them
  | 'haml'
  | 'slim'
  | 'pug'
  | 'none';

export interface LanguageInfo {
  language: Language;
  comments: CommentStyle;
}

// No prototype: a file named `x.constructor` has no language.
const BY_EXTENSION: Record<string, LanguageInfo> = Object.create(null) as Record<string, LanguageInfo>;
function add(extensions: string[], language: Language, comments: CommentStyle): void {
  for (const extension of extensions) BY_EXTENSION[extension] = { language, comments };
}
add(['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'], 'js', 'js');
// Single-file components and server templates: HTML with script blocks, and the template
// language's comments only in that language's files.
// `.shtml`: HTML with server-side includes (`<!--#include -->` are HTML comments to us, and hide nothing).
add(['html', 'htm', 'xhtml', 'shtml', 'shtm', 'vue', 'svelte'], 'html', 'html');
add(['astro'], 'html', 'astro');
add(['erb', 'ejs'], 'html', 'erb');
add(['hbs', 'handlebars', 'mustache'], 'html', 'handlebars');
add(['liquid'], 'html', 'liquid');
add(['twig', 'njk', 'jinja', 'jinja2', 'j2'], 'html', 'jinja');
add(['cshtml', 'vbhtml', 'razor'], 'html', 'razor');
add(['jsp'], 'html', 'jsp');
add(['gohtml', 'tmpl'], 'html', 'go-template');
// More server templates and content formats with HTML or markup that loads scripts: Phoenix
// (HEEx, EEx: `<%!-- --%>` and `<%# %>`), ASP.NET Web Forms pages, controls and master pages (`<%-- --%>` as
// JSP), MDX (`{/* */}`), and Markdoc pages (HTML comments only: `{% comment %}` is no built-in
// Markdoc tag, so it is read as code, https://markdoc.dev/docs/syntax).
add(['eex', 'leex', 'heex'], 'html', 'eex');
add(['aspx', 'ascx', 'master'], 'html', 'jsp');
add(['mdoc', 'markdoc'], 'html', 'html');
add(['mdx'], 'html', 'mdx');
// Indentation-based templates (`%script{src: ...}`, `script src=...`, `script(src=...)`): their
// comment lines hide what is indented below them.
add(['haml'], 'html', 'haml');
add(['slim'], 'html', 'slim');
add(['pug', 'jade'], 'html', 'pug');
// More server templates, each with its own comments: Smarty and Latte `{* *}`, FreeMarker `<#-- -->`,
// Velocity `#* *#` and `##`, Mako `##` and `<%doc>`, Groovy Server Pages `<%-- --%>` and `%{-- --}%`,
// Edge `{{-- --}}` (as Blade). Templates whose comments are HTML's, or that hold none of their own
// that could hide a script tag, are read as HTML: Closure Templates, Marko, Eta, ColdFusion
// (`<!--- --->` is an HTML comment too), classic ASP; Crystal ECR as ERB; HAML Coffee as HAML.
add(['tpl', 'latte'], 'html', 'smarty');
add(['ftl', 'ftlh'], 'html', 'freemarker');
add(['vm'], 'html', 'velocity');
add(['mako'], 'html', 'mako');
add(['gsp'], 'html', 'gsp');
add(['edge'], 'html', 'blade');
add(['soy', 'marko', 'eta', 'cfm', 'cfc', 'asp'], 'html', 'html');
add(['ecr'], 'html', 'erb');
add(['hamlc'], 'html', 'haml');
add(['py', 'pyi'], 'python', 'python');
add(['rb', 'rake'], 'ruby', 'hash');
add(['go'], 'go', 'c');
add(['java'], 'java', 'c');
add(['kt', 'kts'], 'kotlin', 'c');
add(['swift'], 'swift', 'c');
add(['m', 'mm', 'h'], 'objc', 'c');
add(['dart'], 'dart', 'c');
// `.phtml`: PHP templates (Magento, Laminas/Zend), HTML with `<?php ?>` blocks as in `.php`.
add(['php', 'phtml'], 'php', 'php');
add(['cs', 'fs', 'vb'], 'csharp', 'c');
add(['rs'], 'rust', 'c');
// Elixir: `#` comments; `@doc """` heredocs are docs.
// https://hexdocs.pm/elixir/syntax-reference.html
add(['ex', 'exs'], 'elixir', 'hash');
// More code languages whose sources hold SDK calls and endpoint hosts. Scala and Groovy read JVM
// imports like Java; C and C++ share Objective-C's comments; the `#` family shares Ruby's
// (CoffeeScript `###` blocks are `#` lines to us: the reading that blanks less).
add(['scala', 'sc'], 'scala', 'c');
add(['groovy', 'gvy'], 'groovy', 'c');
add(['c', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx'], 'cpp', 'c');
add(['coffee', 'litcoffee', 'cjsx'], 'coffee', 'hash');
add(['pl', 'pm'], 'perl', 'hash');
add(['r'], 'r', 'hash');
add(['jl'], 'julia', 'hash');
add(['cr'], 'crystal', 'hash');
// https://www.lua.org/manual/5.4/manual.html#3.1, https://www.haskell.org/onlinereport/haskell2010/haskellch2.html#x7-170002.3,
// https://www.erlang.org/doc/system/expressions.html, https://clojure.org/reference/reader#_comment
add(['lua'], 'lua', 'dash');
add(['hs'], 'haskell', 'dash-haskell');
add(['elm'], 'elm', 'dash-haskell');
add(['erl', 'hrl'], 'erlang', 'percent');
add(['clj', 'cljs', 'cljc'], 'clojure', 'semicolon');
// Configuration that carries endpoint hosts: CSP headers, proxy rules, env examples.
// Only domains are matched here, never code patterns.
add(['yml', 'yaml', 'toml', 'ini', 'conf', 'cfg', 'properties', 'tf'], 'config', 'config-hash');
add(['json', 'jsonc', 'json5'], 'config', 'c');
add(['xml', 'plist'], 'config', 'html');
// Stylesheets load fonts and images from hosts (`@import url('https://fonts.googleapis.com/css2?...')`,
// `@font-face { src: url(https://fonts.gstatic.com/...) }`, `use.typekit.net`): like configuration, only
// domains are matched. Sass, Less and Stylus `//` line comments are not blanked: `//` also starts a URL.
add(['css', 'scss', 'sass', 'less', 'styl'], 'config', 'css');

/** Files whose names (not extensions) mark them as configuration with hosts. */
const CONFIG_NAMES = new Set(['.env', '.env.example', '.env.sample', '.env.local', '.env.production', '.env.development', 'nginx.conf', '_headers', 'Caddyfile', '.htaccess']);

/** The language of a repo-relative path, or undefined for files we never match code in. */
export function languageOf(path: string): LanguageInfo | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Blade templates are `.blade.php`: HTML with PHP, comments `{{-- --}}`.
  if (base.endsWith('.blade.php')) return { language: 'html', comments: 'blade' };
  if (CONFIG_NAMES.has(base) || base.startsWith('.env.')) return { language: 'config', comments: 'config-hash' };
  return BY_EXTENSION[extensionOf(base)];
}

/** The lower-case extension of a file name (`''` for none, or a dot file such as `.babelrc`). */
function extensionOf(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Formats of code and templates that could load a vendor and that no stage reads: a file in one is
 * counted and named ("in formats not supported (CoffeeScript ×3)"), and its catalog hosts make a
 * `skipped-file` finding. Prose, data and images are not listed: they are not code (stylesheets are read for hosts).
 */
const UNSUPPORTED_FORMATS: Record<string, string> = Object.create(null) as Record<string, string>;
function unsupported(extensions: string[], name: string): void {
  for (const extension of extensions) UNSUPPORTED_FORMATS[extension] = name;
}
// Languages without a matcher: their comments (`(* *)`, `#[ ]#`, `{- -}` only) are not blanked
// here, and what is not blanked would be read as code.
unsupported(['ml', 'mli'], 'OCaml');
unsupported(['nim'], 'Nim');
unsupported(['zig'], 'Zig');
unsupported(['res', 'resi'], 'ReScript');
unsupported(['purs'], 'PureScript');

/** The name of the unsupported code or template format of a path, or undefined. */
export function unsupportedFormatOf(path: string): string | undefined {
  return UNSUPPORTED_FORMATS[extensionOf(path.slice(path.lastIndexOf('/') + 1))];
}
