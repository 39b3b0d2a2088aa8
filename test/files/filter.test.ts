import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileFileFilter, DEFAULT_IGNORES, isIgnoredByDefault, isShippedIgnore } from '../../src/files/filter.js';

const PATHS = [
  'src/app.ts', 'node_modules/x/index.js', 'apps/web/node_modules/x/a.js', 'dist/app.js', 'packages/ui/dist/index.js', 'build.gradle',
  'app/build.gradle', 'app/build/outputs/x.js', 'out.js', 'out/x.js', 'vendor/modules.txt', 'vendor/github.com/x/y.go', 'vendor/x.php',
  'a/vendor/modules.txt', 'a/vendor/b/modules.txt', 'src/vendor.ts', 'test/fixtures/repo/package.json', 'fixtures.ts', 'x/__mocks__/a.ts',
  'app.min.js', 'lib/app.min.css', 'lib/app.js.map', 'sitemap.xml', 'ios/Pods/Sentry/x.m', 'Carthage/Checkouts/x/a.swift',
  'Carthage/Build/x', 'Cartfile', '.next/server.js', '.venv/lib/x.py', 'py/__pycache__/a.pyc', 'target/debug/x.rs',
  'src/target.ts', 'third_party/x.c', 'lib/third-party/x.js', 'testdata/x.json', 'coverage/lcov.info', '.git/config', '.github/workflows/a.yml',
  'docs/build.md', 'a/b/c/d/e/dist/f.js', 'mapping.ts', 'x.mapx',
];

describe('default ignores', () => {
  // Paths of files (the globs would also match a file named like an ignored folder, e.g. a script
  // called `build`; the lookup ignores folders only, which is what the defaults are for).
  it('the fast lookup agrees with the documented globs on every sample path', () => {
    const globs = picomatch(DEFAULT_IGNORES, { dot: true });
    for (const path of PATHS) expect(isIgnoredByDefault(path), path).toBe(globs(path));
  });

  // A copy of a tracker in a served folder is what the site ships (issue 13, item 4).
  it('reads vendored copies and minified files under a served folder, never what does not ship', () => {
    for (const path of [
      'public/js/vendor/hotjar.js', 'public/js/hotjar.min.js', 'app/static/dist/tracker.js', 'vendor/assets/javascripts/hotjar.js',
      'public/bower_components/hotjar/index.js', 'wwwroot/lib/third_party/a.js', 'web/build/app.js', 'src/assets/vendor/a.js',
    ]) expect(isIgnoredByDefault(path), path).toBe(false);
    for (const path of ['dist/public/a.js', 'public/node_modules/x/a.js', 'node_modules/x/public/a.js', 'public/fixtures/a.js', 'static/app.js.map', 'build/static/js/main.js']) {
      expect(isIgnoredByDefault(path), path).toBe(true);
    }
  });

  it('looks for signatures in ignored vendored copies, not in build output, fixtures, caches or installed packages', () => {
    for (const path of ['third_party/hotjar.js', 'bower_components/x/a.js', 'src/vendor/a.js', 'lib/hotjar.min.js', 'lib/third-party/x/a.min.js']) expect(isShippedIgnore(path), path).toBe(true);
    for (const path of ['node_modules/x/a.js', 'test/fixtures/a.js', 'x/__mocks__/a.js', '.cache/a.js', 'src/app.js', 'coverage/a.js', 'dist/app.js', '.next/static/chunk.js', 'build/vendor/a.js']) {
      expect(isShippedIgnore(path), path).toBe(false);
    }
  });

  it('--include overrides the defaults, --exclude wins over everything', () => {
    const accept = compileFileFilter({ include: ['test/fixtures/**'], exclude: ['test/fixtures/skip/**'] });
    expect(accept('test/fixtures/repo/package.json')).toBe(true);
    expect(accept('test/fixtures/skip/package.json')).toBe(false);
    expect(accept('src/app.ts')).toBe(false);
  });
});
