import { describe, expect, it } from 'vitest';
import { addEdge, chainsOf, emptyGraph } from '../../src/ecosystems/graph.js';
import { bunLockParser } from '../../src/ecosystems/npm/bun-lock.js';
import { packageLockParser } from '../../src/ecosystems/npm/package-lock.js';
import { pnpmLockParser } from '../../src/ecosystems/npm/pnpm-lock.js';
import { yarnLockParser } from '../../src/ecosystems/npm/yarn-lock.js';
import { composerLockParser } from '../../src/ecosystems/composer/composer-lock.js';
import { cargoLockParser } from '../../src/ecosystems/cargo/cargo-lock.js';
import { poetryLockParser } from '../../src/ecosystems/pypi/poetry-lock.js';
import { gemfileLockParser } from '../../src/ecosystems/rubygems/gemfile-lock.js';
import { podfileLockParser } from '../../src/ecosystems/apple/podfile-lock.js';
import type { FileParser } from '../../src/types.js';

// `via`: the chain from a direct dependency to a transitive package, for every lockfile format
// that records the graph; a cyclic or broken graph still yields its packages and never hangs.

describe('dependency chains', () => {
  it('finds the shortest chain from a root, and survives a cycle', () => {
    const graph = emptyGraph();
    graph.roots.add('app-sdk');
    addEdge(graph, 'app-sdk', 'a');
    addEdge(graph, 'a', 'b');
    addEdge(graph, 'b', 'a');
    addEdge(graph, 'b', 'mixpanel');
    addEdge(graph, 'mixpanel', 'b');
    const chainOf = chainsOf(graph);
    expect(chainOf('mixpanel')).toEqual(['app-sdk', 'a', 'b', 'mixpanel']);
    expect(chainOf('nowhere')).toBeUndefined();
  });

  it('without recorded roots starts from the packages nobody requires; a pure cycle has no chain and does not hang', () => {
    const graph = emptyGraph();
    addEdge(graph, 'x', 'y');
    addEdge(graph, 'y', 'x');
    addEdge(graph, 'top', 'leaf');
    const chainOf = chainsOf(graph);
    expect(chainOf('leaf')).toEqual(['top', 'leaf']);
    expect(chainOf('y')).toBeUndefined();
  });

  it('shortens a very deep chain and keeps both ends', () => {
    const graph = emptyGraph();
    graph.roots.add('n0');
    for (let i = 0; i < 40; i++) addEdge(graph, `n${i}`, `n${i + 1}`);
    const chain = chainsOf(graph)('n40')!;
    expect(chain[0]).toBe('n0');
    expect(chain.at(-1)).toBe('n40');
    expect(chain).toContain('…');
    expect(chain.length).toBeLessThanOrEqual(12);
  });
});

/** The chain the parser's graph gives `name`. */
function via(parser: FileParser, text: string, path: string, name: string): string[] | undefined {
  const parsed = parser.parse(text, path);
  expect(parsed.packages.map((pkg) => pkg.name)).toContain(name);
  return parsed.graph ? chainsOf(parsed.graph)(name) : undefined;
}

describe('each lockfile format records its graph', () => {
  it('package-lock.json v3: installs\' dependencies, roots from the root project', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { '@boxyhq/saml-jackson': '^1' } },
        'node_modules/@boxyhq/saml-jackson': { version: '1.0.0', dependencies: { mixpanel: '^0.18' } },
        'node_modules/mixpanel': { version: '0.18.0' },
      },
    });
    expect(via(packageLockParser, text, 'package-lock.json', 'mixpanel')).toEqual(['@boxyhq/saml-jackson', 'mixpanel']);
  });

  it('package-lock.json v1: `requires` of the nested tree', () => {
    const text = JSON.stringify({ lockfileVersion: 1, dependencies: { checkly: { version: '4.0.0', requires: { '@segment/analytics-node': '^2' } }, '@segment/analytics-node': { version: '2.0.0' } } });
    expect(via(packageLockParser, text, 'package-lock.json', '@segment/analytics-node')).toEqual(['checkly', '@segment/analytics-node']);
  });

  it('pnpm-lock.yaml v9: snapshots\' dependencies, roots from the importers', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      "      '@ai-sdk/google-vertex':",
      '        specifier: ^2.0.0',
      '        version: 2.0.0',
      'packages:',
      "  '@ai-sdk/google-vertex@2.0.0':",
      '    resolution: {integrity: sha512-a}',
      "  '@ai-sdk/anthropic@1.0.0':",
      '    resolution: {integrity: sha512-b}',
      'snapshots:',
      "  '@ai-sdk/google-vertex@2.0.0':",
      '    dependencies:',
      "      '@ai-sdk/anthropic': 1.0.0",
      "  '@ai-sdk/anthropic@1.0.0': {}",
      '',
    ].join('\n');
    expect(via(pnpmLockParser, text, 'pnpm-lock.yaml', '@ai-sdk/anthropic')).toEqual(['@ai-sdk/google-vertex', '@ai-sdk/anthropic']);
  });

  it('yarn.lock classic: entries\' dependencies, from the packages nobody requires', () => {
    const text = 'firebase@^10.0.0:\n  version "10.0.0"\n  dependencies:\n    "@firebase/auth" "1.0.0"\n\n"@firebase/auth@1.0.0":\n  version "1.0.0"\n';
    expect(via(yarnLockParser, text, 'yarn.lock', '@firebase/auth')).toEqual(['firebase', '@firebase/auth']);
  });

  it('bun.lock: the info object\'s dependencies, roots from the workspaces', () => {
    const text = '{"lockfileVersion": 1, "workspaces": {"": {"dependencies": {"firebase-tools": "^13"}}}, "packages": {"firebase-tools": ["firebase-tools@13.0.0", "", {"dependencies": {"universal-analytics": "^0.5"}}, "sha512-a"], "universal-analytics": ["universal-analytics@0.5.3", "", {}, "sha512-b"]}}';
    expect(via(bunLockParser, text, 'bun.lock', 'universal-analytics')).toEqual(['firebase-tools', 'universal-analytics']);
  });

  it('composer.lock: `require` of each package', () => {
    const text = JSON.stringify({ packages: [{ name: 'laravel/framework', require: { php: '^8.2', 'symfony/mailer': '^7' } }, { name: 'symfony/mailer', require: {} }] });
    expect(via(composerLockParser, text, 'composer.lock', 'symfony/mailer')).toEqual(['laravel/framework', 'symfony/mailer']);
  });

  it('Cargo.lock: `dependencies` of each crate, roots from the workspace crates', () => {
    const text = '[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["sentry"]\n\n[[package]]\nname = "sentry"\nversion = "0.32.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\ndependencies = ["sentry-core 0.32.0"]\n\n[[package]]\nname = "sentry-core"\nversion = "0.32.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n';
    expect(via(cargoLockParser, text, 'Cargo.lock', 'sentry-core')).toEqual(['sentry', 'sentry-core']);
  });

  it('poetry.lock: `[package.dependencies]`, names matched however the requirement spells them', () => {
    const text = '[[package]]\nname = "langchain-openai"\nversion = "0.1.0"\n\n[package.dependencies]\nOpenAI = ">=1.0"\n\n[[package]]\nname = "openai"\nversion = "1.30.0"\n';
    expect(via(poetryLockParser, text, 'poetry.lock', 'openai')).toEqual(['langchain-openai', 'openai']);
  });

  it('Gemfile.lock: specs\' dependencies, roots from DEPENDENCIES', () => {
    const text = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    ahoy_matey (5.0.0)\n      mixpanel-ruby (>= 2)\n    mixpanel-ruby (2.3.0)\n\nDEPENDENCIES\n  ahoy_matey\n';
    expect(via(gemfileLockParser, text, 'Gemfile.lock', 'mixpanel-ruby')).toEqual(['ahoy_matey', 'mixpanel-ruby']);
  });

  it('Podfile.lock: requirements under each pod, roots from DEPENDENCIES', () => {
    const text = 'PODS:\n  - FBSDKCoreKit (17.0.0):\n    - FBAEMKit (= 17.0.0)\n  - FBAEMKit (17.0.0)\n\nDEPENDENCIES:\n  - FBSDKCoreKit\n';
    expect(via(podfileLockParser, text, 'Podfile.lock', 'FBAEMKit')).toEqual(['FBSDKCoreKit', 'FBAEMKit']);
  });

  it('a truncated lockfile still yields the packages read, with chains where the graph reaches', () => {
    const text = '{"lockfileVersion": 3, "packages": {"": {"dependencies": {"a": "1"}}, "node_modules/a": {"version": "1.0.0", "dependencies": {"mixpanel": "1"}}, "node_modules/mixpanel": {"version": "0.1.0", "depend';
    const parsed = packageLockParser.parse(text, 'package-lock.json');
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.packages.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['a', 'mixpanel']));
    expect(chainsOf(parsed.graph!)('mixpanel')).toEqual(['a', 'mixpanel']);
  });
});
