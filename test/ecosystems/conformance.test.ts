import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogSource } from '../../src/catalog/load.js';
import { PARSERS } from '../../src/ecosystems/index.js';
import { normalizePackageName } from '../../src/ecosystems/normalize.js';
import { ECOSYSTEMS } from '../../src/types.js';
import type { Ecosystem, FileParser } from '../../src/types.js';

// Every parser of PARSERS, in one loop: ids, the paths each one claims (and must not claim),
// the ecosystems they cover, and name normalisation on every name the catalog lists and the
// fixtures produce. Per-format behaviour is tested next to each ecosystem's parsers.

interface ClaimCases {
  claims: string[];
  rejects: string[];
}

/** For every parser id: paths it must claim and look-alikes it must not. */
const CLAIMS: Record<string, ClaimCases> = {
  'npm/package-json': {
    claims: ['package.json', 'apps/web/package.json', 'packages/ui/package.json'],
    rejects: ['package.json.bak', 'package.jsonc', 'tsconfig.json', 'package-lock.json', 'apps/web/package.json5'],
  },
  'npm/package-lock': {
    claims: ['package-lock.json', 'npm-shrinkwrap.json', 'apps/web/package-lock.json'],
    rejects: ['package-lock.json.orig', 'package.json', 'packages.lock.json', 'my-package-lock.json'],
  },
  'npm/yarn-lock': {
    claims: ['yarn.lock', 'apps/web/yarn.lock'],
    rejects: ['.yarnrc.yml', 'yarn.lock.bak', 'yarn-error.log'],
  },
  'npm/pnpm-lock': {
    claims: ['pnpm-lock.yaml', 'apps/web/pnpm-lock.yaml'],
    rejects: ['pnpm-workspace.yaml', 'pnpm-lock.yml', 'pnpm-lock.yaml.bak'],
  },
  'npm/bun-lock': {
    claims: ['bun.lock', 'apps/api/bun.lock'],
    rejects: ['bun.lockb', 'bunfig.toml', 'bun.lock.bak'],
  },
  'npm/deno-json': {
    claims: ['deno.json', 'deno.jsonc', 'supabase/functions/import_map.json'],
    rejects: ['deno.lock', 'deno.json.bak', 'tsconfig.json'],
  },
  'pypi/requirements': {
    claims: ['requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements.in', 'services/api/requirements_prod.txt', 'requirements/base.txt', 'requirements-docker/prod.in'],
    rejects: ['requirements.txt.bak', 'requirements.md', 'docs/requirements.rst', 'constraints/base.txt', 'notes.txt'],
  },
  'pypi/pyproject': {
    claims: ['pyproject.toml', 'services/api/pyproject.toml'],
    rejects: ['pyproject.toml.orig', 'pyproject.cfg', 'Cargo.toml'],
  },
  'pypi/setup-cfg': {
    claims: ['setup.cfg', 'libs/core/setup.cfg'],
    rejects: ['setup.cfg.bak', 'tox.ini', 'setup.py'],
  },
  'pypi/setup-py': {
    claims: ['setup.py', 'libs/core/setup.py'],
    rejects: ['setup.py.bak', 'setup_utils.py', 'tests/test_setup.py', 'setup.cfg'],
  },
  'pypi/pipfile': {
    claims: ['Pipfile', 'services/api/Pipfile'],
    rejects: ['Pipfile.lock', 'pipfile', 'Pipfile.bak'],
  },
  'pypi/pipfile-lock': {
    claims: ['Pipfile.lock', 'services/api/Pipfile.lock'],
    rejects: ['Pipfile', 'pipfile.lock', 'Pipfile.lock.bak'],
  },
  'pypi/poetry-lock': {
    claims: ['poetry.lock', 'services/api/poetry.lock'],
    rejects: ['poetry.toml', 'poetry.lock.bak'],
  },
  'pypi/uv-lock': {
    claims: ['uv.lock', 'services/api/uv.lock'],
    rejects: ['uv.toml', 'uv.lock.bak'],
  },
  'pypi/pdm-lock': {
    claims: ['pdm.lock', 'services/api/pdm.lock'],
    rejects: ['pdm.toml', '.pdm-python', 'pdm.lock.bak'],
  },
  'rubygems/gemfile': {
    claims: ['Gemfile', 'gems.rb', 'engines/billing/Gemfile'],
    rejects: ['Gemfile.lock', 'Gemfile.bak', 'gemfile', 'lib/gems.rbi'],
  },
  'rubygems/gemspec': {
    claims: ['acme.gemspec', 'engines/billing/billing.gemspec'],
    rejects: ['.gemspec', 'acme.gemspec.bak', 'Gemfile'],
  },
  'rubygems/gemfile-lock': {
    claims: ['Gemfile.lock', 'gems.locked', 'engines/billing/Gemfile.lock'],
    rejects: ['Gemfile', 'Gemfile.lock.bak', 'gemfile.lock'],
  },
  'go/go-mod': {
    claims: ['go.mod', 'services/ledger/go.mod'],
    rejects: ['go.work', 'go.mod.bak', 'go.sum'],
  },
  'go/go-sum': {
    claims: ['go.sum', 'services/ledger/go.sum'],
    rejects: ['go.work.sum', 'go.sum.bak', 'go.mod'],
  },
  'go/vendor-modules': {
    claims: ['vendor/modules.txt', 'services/ledger/vendor/modules.txt'],
    rejects: ['modules.txt', 'myvendor/modules.txt', 'vendor/modules.txt.bak', 'vendor/github.com/x/modules.txt'],
  },
  'maven/pom': {
    claims: ['pom.xml', 'modules/core/pom.xml'],
    rejects: ['pom.xml.bak', 'core.pom', 'settings.xml'],
  },
  'maven/gradle': {
    claims: ['build.gradle', 'build.gradle.kts', 'settings.gradle.kts', 'app/build.gradle', 'gradle/dependencies.gradle'],
    rejects: ['gradle.properties', 'build.gradle.bak', 'gradle.lockfile', 'gradle/libs.versions.toml', 'app/build.gradle.kts.orig'],
  },
  'maven/version-catalog': {
    claims: ['gradle/libs.versions.toml', 'gradle/testing.versions.toml'],
    rejects: ['versions.toml', 'gradle/libs.toml', 'gradle/libs.versions.toml.bak'],
  },
  'maven/build-logic': {
    claims: ['buildSrc/src/main/kotlin/Dependencies.kt', 'build-logic/convention/src/main/kotlin/AndroidApplicationFirebaseConventionPlugin.kt', 'gradle/build-logic/src/main/java/Plugins.java'],
    rejects: ['app/src/main/kotlin/Main.kt', 'buildSrc/build.gradle.kts', 'buildSrcs/Deps.kt', 'build-logic/README.md'],
  },
  'maven/gradle-lockfile': {
    claims: ['gradle.lockfile', 'app/gradle.lockfile', 'gradle/dependency-locks/compileClasspath.lockfile'],
    rejects: ['gradle.lockfile.bak', 'app/settings.lockfile', 'build.gradle'],
  },
  'android/manifest': {
    claims: ['AndroidManifest.xml', 'app/src/main/AndroidManifest.xml', 'app/src/debug/AndroidManifest.xml'],
    rejects: ['app/src/main/res/values/strings.xml', 'AndroidManifest.xml.orig', 'androidmanifest.xml'],
  },
  'android/google-services': {
    claims: ['google-services.json', 'app/google-services.json', 'app/src/release/google-services.json'],
    rejects: ['google-services.json.example', 'google-services.yaml', 'GoogleService-Info.plist'],
  },
  'apple/xcodeproj': {
    claims: ['App.xcodeproj/project.pbxproj', 'ios/Runner.xcodeproj/project.pbxproj'],
    rejects: ['project.pbxproj', 'App.xcodeproj/project.pbxproj.orig', 'App.xcworkspace/contents.xcworkspacedata'],
  },
  'hex/mix-exs': {
    claims: ['mix.exs', 'apps/web/mix.exs'],
    rejects: ['mix.lock', 'lib/mix.ex', 'mix.exs.bak'],
  },
  'hex/mix-lock': {
    claims: ['mix.lock', 'apps/web/mix.lock'],
    rejects: ['mix.exs', 'mix.lock.bak', 'yarn.lock'],
  },
  'upm/manifest': {
    claims: ['Packages/manifest.json', 'game/Packages/manifest.json'],
    rejects: ['manifest.json', 'public/manifest.json', 'extension/manifest.json', 'Packages/manifest.json.bak', 'Packages/com.acme.tool/package.json'],
  },
  'upm/packages-lock': {
    claims: ['Packages/packages-lock.json', 'game/Packages/packages-lock.json'],
    rejects: ['packages-lock.json', 'package-lock.json', 'Packages/package-lock.json', 'packages.lock.json'],
  },
  'sbt/build-sbt': {
    claims: ['build.sbt', 'project/plugins.sbt', 'project/Dependencies.scala'],
    rejects: ['build.sbt.bak', 'src/main/scala/App.scala', 'project/build.properties'],
  },
  'conda/environment-yml': {
    claims: ['environment.yml', 'environment-dev.yaml', 'conda.yaml'],
    rejects: ['environments.yml', 'docker-compose.yml', 'environment.yml.bak'],
  },
  'apple/podfile': {
    claims: ['Podfile', 'ios/Podfile'],
    rejects: ['Podfile.lock', 'Podfile.bak', 'podfile'],
  },
  'apple/podfile-lock': {
    claims: ['Podfile.lock', 'ios/Podfile.lock'],
    rejects: ['Podfile', 'Podfile.lock.bak', 'Manifest.lock'],
  },
  'apple/package-swift': {
    claims: ['Package.swift', 'Package@swift-5.9.swift', 'Modules/Core/Package.swift'],
    rejects: ['Sources/App/Package.swift.bak', 'PackageTests.swift', 'Package.resolved'],
  },
  'apple/package-resolved': {
    claims: ['Package.resolved', 'App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved', 'App.xcworkspace/xcshareddata/swiftpm/Package.resolved'],
    rejects: ['Package.swift', 'Package.resolved.bak'],
  },
  'apple/cartfile': {
    claims: ['Cartfile', 'Cartfile.private', 'Cartfile.resolved', 'ios/Cartfile.resolved'],
    rejects: ['Cartfile.bak', 'Carthage/Build/Cartfile.txt'],
  },
  'apple/info-plist': {
    claims: ['Info.plist', 'ios/App/Info.plist', 'AcmeShop/Supporting Files/Info.plist', 'AcmeShop/AcmeShop-Info.plist'],
    rejects: ['GoogleService-Info.plist', 'Info.plist.bak', 'Entitlements.plist', 'PrivacyInfo.xcprivacy'],
  },
  'apple/google-service-info-plist': {
    claims: ['GoogleService-Info.plist', 'ios/App/GoogleService-Info.plist', 'GoogleService-Info-Staging.plist', 'Firebase/GoogleService-Info.prod.plist'],
    rejects: ['Info.plist', 'GoogleService-Info.json', 'google-services.json'],
  },
  'apple/entitlements': {
    claims: ['App.entitlements', 'ios/RocketChatRN/RocketChatRN.entitlements'],
    rejects: ['.entitlements', 'App.entitlements.bak', 'Entitlements.plist'],
  },
  'apple/privacy-manifest': {
    claims: ['PrivacyInfo.xcprivacy', 'ios/App/PrivacyInfo.xcprivacy'],
    rejects: ['PrivacyInfo.plist', 'PrivacyInfo.xcprivacy.bak'],
  },
  'nuget/project': {
    claims: ['Shop.Api.csproj', 'src/Shop.Api/Shop.Api.csproj', 'src/Core/Core.fsproj', 'src/Legacy/Legacy.vbproj', 'Directory.Build.props', 'src/Directory.Build.targets'],
    rejects: ['Shop.Api.csproj.user', 'Shop.sln', 'Directory.Packages.props', 'packages.config', 'Shop.Api.csproj.bak'],
  },
  'nuget/directory-packages': {
    claims: ['Directory.Packages.props', 'src/Directory.Packages.props'],
    rejects: ['Directory.Build.props', 'Directory.Packages.props.bak', 'Packages.props'],
  },
  'nuget/packages-config': {
    claims: ['packages.config', 'src/Legacy/packages.config'],
    rejects: ['web.config', 'packages.config.bak', 'app.config'],
  },
  'nuget/packages-lock': {
    claims: ['packages.lock.json', 'src/Shop.Api/packages.lock.json'],
    rejects: ['package-lock.json', 'packages.lock.json.bak', 'packages.json'],
  },
  'composer/composer-json': {
    claims: ['composer.json', 'packages/billing/composer.json'],
    rejects: ['composer.lock', 'composer.json.dist', 'composer.phar'],
  },
  'composer/composer-lock': {
    claims: ['composer.lock', 'packages/billing/composer.lock'],
    rejects: ['composer.json', 'composer.lock.bak'],
  },
  'pub/pubspec': {
    claims: ['pubspec.yaml', 'packages/app/pubspec.yaml'],
    rejects: ['pubspec.yml', 'pubspec_overrides.yaml', 'pubspec.lock'],
  },
  'pub/pubspec-lock': {
    claims: ['pubspec.lock', 'packages/app/pubspec.lock'],
    rejects: ['pubspec.yaml', 'pubspec.lock.bak'],
  },
  'cargo/cargo-toml': {
    claims: ['Cargo.toml', 'crates/notifier/Cargo.toml'],
    rejects: ['cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', '.cargo/config.toml'],
  },
  'cargo/cargo-lock': {
    claims: ['Cargo.lock', 'crates/notifier/Cargo.lock'],
    rejects: ['Cargo.toml', 'cargo.lock', 'Cargo.lock.bak'],
  },
};

/** Files no parser reads: source code, docs, and configuration that only looks like a manifest. */
const CLAIMED_BY_NONE = ['src/index.ts', 'README.md', 'CHANGELOG.md', 'docs/package.json.md', '.github/workflows/ci.yml', 'tsconfig.json', 'app/src/main/java/com/acme/App.kt', 'lib/main.dart', 'main.go', 'src/main.rs'];

const parserFolder = (parser: FileParser): string => parser.id.slice(0, parser.id.indexOf('/'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('parsers: conformance over PARSERS', () => {
  it('has unique ids of the form <folder>/<format>', () => {
    const ids = PARSERS.map((parser) => parser.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it('has a claims table for exactly the registered parsers', () => {
    expect(Object.keys(CLAIMS).sort()).toEqual(PARSERS.map((parser) => parser.id).sort());
  });

  it('covers every package ecosystem, and claims only known ecosystems or platforms', () => {
    const covered = new Set(PARSERS.map((parser) => parser.ecosystem));
    for (const ecosystem of ECOSYSTEMS) expect(covered, ecosystem).toContain(ecosystem);
    for (const parser of PARSERS) expect([...ECOSYSTEMS, 'android', 'ios'], parser.id).toContain(parser.ecosystem);
  });

  for (const parser of PARSERS) {
    describe(parser.id, () => {
      const cases = CLAIMS[parser.id] ?? { claims: [], rejects: [] };

      it('claims its own files, at the root and in sub-folders', () => {
        expect(cases.claims.length).toBeGreaterThan(0);
        for (const path of cases.claims) expect(parser.claims(path), path).toBe(true);
      });

      it('does not claim look-alikes', () => {
        expect(cases.rejects.length).toBeGreaterThan(0);
        for (const path of cases.rejects) expect(parser.claims(path), path).toBe(false);
      });
    });
  }

  it('gives each claimed path to exactly one parser (one parser per format)', () => {
    for (const [id, cases] of Object.entries(CLAIMS)) {
      for (const path of cases.claims) {
        expect(PARSERS.filter((parser) => parser.claims(path)).map((parser) => parser.id), path).toEqual([id]);
      }
    }
  });

  it('claims no source code, docs or unrelated configuration', () => {
    for (const path of CLAIMED_BY_NONE) {
      expect(PARSERS.filter((parser) => parser.claims(path)).map((parser) => parser.id), path).toEqual([]);
    }
  });
});

describe('normalizePackageName: idempotent', () => {
  const idempotent = (ecosystem: Ecosystem, name: string): void => {
    const once = normalizePackageName(ecosystem, name);
    expect(normalizePackageName(ecosystem, once), `${ecosystem} ${name}`).toBe(once);
  };

  it('on every package name the catalog lists (and excludes)', () => {
    let count = 0;
    for (const vendor of builtinCatalogSource().vendors) {
      for (const table of [vendor.signatures.packages, vendor.signatures['exclude-packages']]) {
        for (const [ecosystem, names] of Object.entries(table ?? {})) {
          expect(ECOSYSTEMS, `${vendor.id}: ${ecosystem}`).toContain(ecosystem);
          for (const name of names ?? []) {
            idempotent(ecosystem as Ecosystem, name);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it('on every name the parsers read from the parser fixtures, in every ecosystem', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'ecosystems');
    const seen = new Set<Ecosystem>();
    for (const file of filesUnder(root)) {
      const folder = relative(root, file).split(sep)[0];
      const text = readFileSync(file, 'utf8');
      // Fixture names describe their case (`go-mod-replace.mod`), so every parser of the folder reads every file.
      for (const parser of PARSERS.filter((candidate) => parserFolder(candidate) === folder)) {
        for (const entry of parser.parse(text, relative(root, file).split(sep).join('/')).packages) {
          idempotent(entry.ecosystem, entry.name);
          seen.add(entry.ecosystem);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ECOSYSTEMS].sort());
  });

  it('on every name the parsers read from the end-to-end projects', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'repos');
    let count = 0;
    for (const file of filesUnder(root)) {
      const path = relative(root, file).split(sep).join('/');
      for (const parser of PARSERS.filter((candidate) => candidate.claims(path))) {
        for (const entry of parser.parse(readFileSync(file, 'utf8'), path).packages) {
          idempotent(entry.ecosystem, entry.name);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
