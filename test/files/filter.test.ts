import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileFileFilter, DEFAULT_IGNORES, isIgnoredByDefault } from '../../src/files/filter.js';

const PATHS = [
  'src/app.ts', 'node_modules/x/index.js', 'apps/web/node_modules/x/a.js', 'dist/app.js', 'packages/ui/dist/index.js', 'build.gradle',
  'app/build.gradle', 'app/build/outputs/x.js', 'out.js', 'out/x.js', 'vendor/modules.txt', 'vendor/github.com/x/y.go', 'vendor/x.php',
  'a/vendor/modules.txt', 'a/vendor/b/modules.txt', 'src/vendor.ts', 'test/fixtures/repo/package.json', 'fixtures.ts', 'x/__mocks__/a.ts',
  'public/app.min.js', 'public/app.min.css', 'public/app.js.map', 'sitemap.xml', 'ios/Pods/Sentry/x.m', 'Carthage/Checkouts/x/a.swift',
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

  it('--include overrides the defaults, --exclude wins over everything', () => {
    const accept = compileFileFilter({ include: ['test/fixtures/**'], exclude: ['test/fixtures/skip/**'] });
    expect(accept('test/fixtures/repo/package.json')).toBe(true);
    expect(accept('test/fixtures/skip/package.json')).toBe(false);
    expect(accept('src/app.ts')).toBe(false);
  });
});
