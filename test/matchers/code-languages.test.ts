import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankComments } from '../../src/matchers/comments.js';
import { languageOf, unsupportedFormatOf } from '../../src/matchers/languages.js';
import { findIgnoreComments } from '../../src/suppress.js';
import { runCli } from '../helpers.js';

// Code in the languages beyond the main eleven ecosystems (Scala, Groovy, C/C++, CoffeeScript,
// Perl, R, Julia, Crystal, Lua, Haskell, Elm, Erlang, Clojure) is read like any code: one file per
// language in the fixture, each holding the Hotjar script host in a string and a Mixpanel host in
// that language's own line comment, which must not count.

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'repos', 'code-languages');

const FILES = [
  ['CoffeeScript', 'app/assets/javascripts/tracking.coffee'],
  ['Scala', 'src/main/scala/shop/Monitoring.scala'],
  ['Groovy', 'src/main/groovy/shop/Tracking.groovy'],
  ['C++', 'native/telemetry.cpp'],
  ['Perl', 'lib/Shop/Tracking.pm'],
  ['R', 'R/report.R'],
  ['Julia', 'analysis/track.jl'],
  ['Crystal', 'src/shop/tracking.cr'],
  ['Lua', 'lua/tracking.lua'],
  ['Haskell', 'src/Shop/Tracking.hs'],
  ['Elm', 'frontend/src/Tracking.elm'],
  ['Erlang', 'apps/shop/src/shop_tracking.erl'],
  ['ClojureScript', 'src/shop_web/tracking.cljs'],
] as const;

interface Json {
  detections: { vendor: string; evidence: { path: string; kind: string; match: string }[] }[];
  summary: { skipped: { unsupported: number } };
}

describe('more code languages', async () => {
  const run = await runCli(['check', '.', '--format', 'json', '--no-cache'], { cwd: FIXTURE });
  const json = JSON.parse(run.stdout) as Json;
  const evidence = (vendor: string) => json.detections.find((detection) => detection.vendor === vendor)?.evidence ?? [];

  it.each(FILES)('%s (%s): a catalog host in a string is detected', (_language, path) => {
    expect(evidence('hotjar').filter((item) => item.path === path)).toEqual([expect.objectContaining({ match: 'static.hotjar.com' })]);
  });

  it('a host in a comment is not read, in every one of these languages', () => {
    expect(evidence('mixpanel')).toEqual([]);
  });

  it('Scala and Groovy imports are read as JVM packages (io.sentry)', () => {
    expect(evidence('sentry').map((item) => [item.path, item.kind])).toEqual([
      ['src/main/groovy/shop/Tracking.groovy', 'import'],
      ['src/main/scala/shop/Monitoring.scala', 'import'],
    ]);
  });

  it('no file of the fixture is counted as a format not supported', () => {
    expect(json.summary.skipped.unsupported).toBe(0);
  });
});

describe('line-comment syntaxes', () => {
  it('Haskell: `-->` and `--|` are operators, `---` and `-- |` comments; `\'` is part of a name, not a quote', () => {
    const out = blankComments("a --> b\nfoldl' f x -- \"https://api.mixpanel.com\"\nc = \"--kept\" --- note\n", 'dash-haskell');
    expect(out).toContain('a --> b');
    expect(out).toContain("foldl' f x");
    expect(out).not.toContain('mixpanel');
    expect(out).toContain('"--kept"');
    expect(out).not.toContain('note');
  });

  it('Lua and Erlang keep comment openers inside strings', () => {
    expect(blankComments("local u = 'https://x.test/--a' -- gone\n", 'dash')).toBe("local u = 'https://x.test/--a'        \n");
    expect(blankComments('F = "100%", % gone\n', 'percent')).toBe('F = "100%",       \n');
    expect(blankComments('(def s "a;b") ; gone\n', 'semicolon')).toBe('(def s "a;b")       \n');
  });

  it('an extension names its language; what stays unsupported is named', () => {
    expect(languageOf('build/Deploy.groovy')).toEqual({ language: 'groovy', comments: 'c' });
    expect(languageOf('src/app.cljc')).toEqual({ language: 'clojure', comments: 'semicolon' });
    expect(languageOf('templates/index.tpl')).toEqual({ language: 'html', comments: 'smarty' });
    expect(unsupportedFormatOf('src/main.ml')).toBe('OCaml');
    expect(unsupportedFormatOf('src/app.coffee')).toBeUndefined();
  });
});

describe('inline suppression in the new comment syntaxes', () => {
  it.each([
    ['Erlang', 'apps/shop/src/shop_tracking.erl', '% disclosed-ignore undeclared-vendor -- staging dashboard only\nheatmaps() -> "https://static.hotjar.com/c/hotjar-1.js".\n'],
    ['Clojure', 'src/shop_web/tracking.cljs', ';; disclosed-ignore undeclared-vendor -- staging dashboard only\n(def heatmaps "https://static.hotjar.com/c/hotjar-1.js")\n'],
    ['Lua', 'lua/tracking.lua', '-- disclosed-ignore undeclared-vendor -- staging dashboard only\nlocal heatmaps = "https://static.hotjar.com/c/hotjar-1.js"\n'],
    ['Smarty', 'templates/footer.tpl', '{* disclosed-ignore undeclared-vendor -- staging dashboard only *}\n<script src="https://static.hotjar.com/c/hotjar-1.js"></script>\n'],
    ['FreeMarker', 'templates/layout.ftlh', '<#-- disclosed-ignore undeclared-vendor -- staging dashboard only -->\n<script src="https://static.hotjar.com/c/hotjar-1.js"></script>\n'],
    ['GSP', 'grails-app/views/layouts/main.gsp', '%{-- disclosed-ignore undeclared-vendor -- staging dashboard only --}%\n<script src="https://static.hotjar.com/c/hotjar-1.js"></script>\n'],
  ])('%s: a well-formed ignore above the line is read, with its reason', (_language, path, text) => {
    const { ignores, invalid } = findIgnoreComments(path, text);
    expect(invalid).toEqual([]);
    expect(ignores).toEqual([expect.objectContaining({ rule: 'undeclared-vendor', reason: 'staging dashboard only' })]);
  });
});
