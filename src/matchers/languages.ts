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
  | 'config';

/** How comments look in a language, for blanking them before matching. */
export type CommentStyle = 'c' | 'php' | 'hash' | 'python' | 'html' | 'none';

export interface LanguageInfo {
  language: Language;
  comments: CommentStyle;
}

const BY_EXTENSION: Record<string, LanguageInfo> = {};
function add(extensions: string[], language: Language, comments: CommentStyle): void {
  for (const extension of extensions) BY_EXTENSION[extension] = { language, comments };
}
add(['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'], 'js', 'c');
// Single-file components and server templates: HTML with script blocks and template comments.
add(
  ['html', 'htm', 'xhtml', 'vue', 'svelte', 'astro', 'erb', 'ejs', 'hbs', 'handlebars', 'mustache', 'liquid', 'twig', 'njk', 'jinja', 'jinja2', 'j2', 'cshtml', 'razor', 'jsp', 'gohtml', 'tmpl'],
  'html',
  'html',
);
// More server templates and content formats with HTML or markup that loads scripts: Phoenix
// (HEEx, EEx), ASP.NET Web Forms pages and controls, MDX and Markdoc pages.
add(['heex', 'eex', 'leex', 'aspx', 'ascx', 'mdx', 'mdoc', 'markdoc'], 'html', 'html');
// Indentation-based templates (`%script{src: ...}`, `script src=...`, `script(src=...)`): no HTML
// comment syntax to blank, so nothing is blanked rather than a guess that could hide code.
add(['haml', 'slim', 'pug', 'jade'], 'html', 'none');
add(['py', 'pyi'], 'python', 'python');
add(['rb', 'rake'], 'ruby', 'hash');
add(['go'], 'go', 'c');
add(['java'], 'java', 'c');
add(['kt', 'kts'], 'kotlin', 'c');
add(['swift'], 'swift', 'c');
add(['m', 'mm', 'h'], 'objc', 'c');
add(['dart'], 'dart', 'c');
add(['php'], 'php', 'php');
add(['cs', 'fs', 'vb'], 'csharp', 'c');
add(['rs'], 'rust', 'c');
// Elixir: `#` comments; `@doc """` heredocs are docs. HEEx templates are HTML with `<%!-- --%>` comments.
// https://hexdocs.pm/elixir/syntax-reference.html
add(['ex', 'exs'], 'elixir', 'hash');
add(['heex', 'leex'], 'html', 'html');
// Configuration that carries endpoint hosts: CSP headers, proxy rules, env examples.
// Only domains are matched here, never code patterns.
add(['yml', 'yaml', 'toml', 'ini', 'conf', 'cfg', 'properties', 'tf'], 'config', 'hash');
add(['json', 'jsonc', 'json5'], 'config', 'c');
add(['xml', 'plist'], 'config', 'html');

/** Files whose names (not extensions) mark them as configuration with hosts. */
const CONFIG_NAMES = new Set(['.env', '.env.example', '.env.sample', '.env.local', '.env.production', '.env.development', 'nginx.conf', '_headers', 'Caddyfile', '.htaccess']);

/** The language of a repo-relative path, or undefined for files we never match code in. */
export function languageOf(path: string): LanguageInfo | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Blade templates are `.blade.php`: HTML with PHP, comments `{{-- --}}`.
  if (base.endsWith('.blade.php')) return { language: 'html', comments: 'html' };
  if (CONFIG_NAMES.has(base) || base.startsWith('.env.')) return { language: 'config', comments: 'hash' };
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
}
