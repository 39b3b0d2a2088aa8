import picomatch from 'picomatch';

// Path classes: which files are tests, examples and test tooling (evidence there is `test`),
// and which are environment files (a value there is a setting some code may read: a mention).
// The list lives here only; the manifest's `settings.test-paths` adds globs, and `!glob` takes
// paths out of the class.

/** Tests, specs, stories, examples, samples, fixtures, and the configuration of test tools. */
export const DEFAULT_TEST_PATHS: readonly string[] = [
  // folders
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/__fixtures__/**',
  '**/spec/**',
  '**/specs/**',
  '**/src/test/**',
  // Swift packages and Xcode test targets (`Tests/`, `ElementXTests/`, `AppUITests/`), .NET test projects
  '**/Tests/**',
  '**/*Tests/**',
  '**/*.Tests/**',
  '**/androidTest/**',
  '**/testFixtures/**',
  '**/testdata/**',
  '**/fixtures/**',
  '**/cypress/**',
  '**/e2e/**',
  // Nx puts an app's end-to-end project beside it (`apps/web-e2e/`); smoke-test packages drive a built app
  '**/*-e2e/**',
  '**/smoke-test*/**',
  '**/*-smoke-test*/**',
  '**/smoke_test*/**',
  '**/playwright/**',
  // folders named for what they test or help test: `dev-server/test-plugins/`, `test_helpers/`, `integration-tests/`
  '**/test-*/**',
  '**/test_*/**',
  '**/*-tests/**',
  '**/*_tests/**',
  // Cucumber: step definitions and support code drive `.feature` scenarios (https://cucumber.io/docs/cucumber/step-definitions/)
  '**/features/step_definitions/**',
  '**/features/support/**',
  // test helpers a Rails engine ships for its extensions' suites (`lib/spree/testing_support/`, Devise's `test_helpers`)
  '**/testing_support/**',
  // Detox, React Native's end-to-end test runner, keeps its project in `detox/`
  '**/detox/**',
  '**/.storybook/**',
  '**/stories/**',
  '**/story/**',
  '**/examples/**',
  '**/example/**',
  '**/samples/**',
  '**/sample/**',
  '**/sample_apps/**',
  '**/sample-apps/**',
  // folders named for what they sample (`priv/supabase/ingest_samples/`, `code-examples/`, `api_fixtures/`)
  '**/*_samples/**',
  '**/*-samples/**',
  '**/*_examples/**',
  '**/*-examples/**',
  '**/*_fixtures/**',
  '**/*-fixtures/**',
  '**/demo/**',
  '**/demos/**',
  // load tests and benchmarks drive the product (or its vendors) from outside; they never ship
  '**/benchmarks/**',
  '**/benchmark/**',
  '**/loadtest/**',
  '**/load-tests/**',
  // evaluation suites score an AI product's prompts against models (evalite's `*.eval.ts`); the product never runs them
  '**/evals/**',
  '**/*.eval.ts',
  '**/*.eval.js',
  // test doubles shipped beside the code they stand in for (`app/src/main/.../mock/factories/`)
  '**/mock/**',
  '**/mocks/**',
  '**/Mocks/**',
  '**/stubs/**',
  // documentation pages: their code is samples, their hosts prose (`settings.test-paths: ['!docs/**/*.mdx']` to read a site's MDX as product)
  // diagrams: draw.io and Excalidraw documents name their editor's host in the file format itself
  '**/*.drawio',
  '**/*.drawio.xml',
  '**/*.drawio.svg',
  '**/*.excalidraw',
  // a readme rendered to HTML (shipped beside a package: `setup/pkg/linux/README.html`) is documentation too
  '**/README.html',
  '**/README.htm',
  '**/readme.html',
  '**/readme.htm',
  '**/*.mdx',
  '**/*.mdoc',
  '**/*.markdoc',
  // file names
  '**/*.test.*',
  '**/*.spec.*',
  '**/*.e2e.*',
  '**/*.stories.*',
  '**/*.story.*',
  // a component's sample data beside it (`ContactsCard/story/fixtures.js`, `user.fixture.ts`, `api.mock.ts`)
  '**/fixtures.*',
  '**/*.fixture.*',
  '**/*.fixtures.*',
  '**/*.mock.*',
  '**/*.mocks.*',
  // sample data by its file's name, kept in the app target for previews and tests (`damus/TestData.swift`,
  // `MockData.kt`), and Xcode's development assets (`Preview Content/`, never in a release build)
  '**/TestData.*',
  '**/test_data.*',
  '**/MockData.*',
  '**/mock_data.*',
  '**/PreviewData.*',
  '**/preview_data.*',
  '**/Preview Content/**',
  '**/*_test.go',
  '**/*_test.py',
  '**/test_*.py',
  '**/*_spec.rb',
  '**/*_test.rb',
  '**/*_test.dart',
  // Rust: a test module in its own file (`#[cfg(test)] mod tests;` reads `tests.rs`), test_*.rs / *_test.rs beside the code
  '**/tests.rs',
  '**/test_*.rs',
  '**/*_test.rs',
  '**/*_tests.rs',
  '**/*Test.kt',
  '**/*Test.java',
  '**/*Tests.kt',
  '**/*Tests.java',
  '**/*Test.php',
  '**/*Tests.swift',
  '**/*Test.swift',
  '**/*Tests.cs',
  '**/*Test.cs',
  // test and audit tools' configuration: the hosts they list are what a test visits or allows
  '**/phpunit.xml*',
  '**/jest.config.*',
  '**/jest.setup.*',
  '**/vitest.config.*',
  '**/vitest.setup.*',
  '**/playwright.config.*',
  '**/cypress.config.*',
  '**/karma.conf.*',
  '**/wdio.conf.*',
  '**/nightwatch.conf.*',
  '**/detox.config.*',
  '**/.detoxrc*',
  '**/lighthouserc*',
  '**/.lighthouserc*',
  '**/lighthouse.config.*',
  '**/.hintrc*',
  '**/hintrc*',
  '**/.hintrc.*',
  '**/checkly.config.*',
];

// Developer tooling: CI pipelines and release automation, and the scripts a maintainer runs by hand
// (`scripts/translate-i18n.py`). Code there runs on a developer's or CI machine, not in the product:
// `dev`. A top-level `scripts/` of a static site can hold served JavaScript, so there only programs
// in languages a browser does not run count as tooling (TypeScript and CommonJS need a build or Node
// first); JavaScript there, and in any `scripts/` or `tools/` folder below, is tooling when it is a
// program with a `#!` line (isToolingProgram).
const TOOLING_PATHS = picomatch(
  [
    '.github/**',
    '.circleci/**',
    '.gitlab/**',
    '.gitlab-ci.yml',
    '.buildkite/**',
    '.husky/**',
    // coding agents' skills, commands and settings (Claude Code, Cursor, Codex, Windsurf): prompts and
    // helper scripts a developer's assistant runs, at any depth of a monorepo
    '**/.claude/**',
    '**/.cursor/**',
    '**/.codex/**',
    '**/.windsurf/**',
    '**/fastlane/**',
    '**/Fastfile',
    // build tools' wrappers and the JDK a build downloads for itself: the Gradle wrapper, the daemon's
    // toolchain criteria (https://docs.gradle.org/current/userguide/gradle_daemon.html#sec:daemon_jvm_criteria,
    // its toolchain download URLs), the Maven wrapper
    '**/gradle/wrapper/**',
    '**/gradle/gradle-daemon-jvm.properties',
    '**/.mvn/**',
    '{scripts,script,tools,tooling}/**/*.{py,sh,bash,zsh,rb,pl,ps1,go,kts,swift,php,ts,mts,cts,cjs}',
  ],
  { dot: true },
);

// Dependency files of CI and of the maintainers' scripts folders: a GitHub Action's own package.json
// (`.github/actions/pr-sync/package.json`), a release script's requirements.txt (`scripts/release/`).
const TOOLING_MANIFESTS = picomatch(['.github/**', '.circleci/**', '.gitlab/**', '.buildkite/**', '.husky/**', '**/fastlane/**', '{scripts,script,tools,tooling}/**'], { dot: true });

/** Whether a dependency file belongs to developer tooling: CI's own actions, the root scripts folder's programs. */
export function isToolingManifest(path: string): boolean {
  return TOOLING_MANIFESTS(path);
}

// Folders of maintainers' programs at any depth (`apps/web/scripts/`), for files that start with `#!`.
const PROGRAM_FOLDERS = picomatch('**/{scripts,script,tools,tooling}/**', { dot: true });

/** Whether a path is developer tooling: CI, release automation, maintainers' scripts. */
export function isToolingPath(path: string): boolean {
  return TOOLING_PATHS(path);
}

/**
 * Whether a command-line program (a file with a `#!` line: `#!/usr/bin/env node`) is developer
 * tooling: one under a scripts or tools folder. A program elsewhere (`bin/server.js`) may be the product.
 */
export function isToolingProgram(path: string): boolean {
  return PROGRAM_FOLDERS(path);
}

// Build tools' configuration: a package imported there is a build plugin (source-map upload,
// bundling), which runs on a developer's or CI machine, not in the product.
const BUILD_CONFIG = /^(?:vite|vitest|webpack|rollup|babel|metro|esbuild|tsup|craco|next|rspack|turbo)\.config\.[cm]?[jt]s$|^\.babelrc(?:\.[cm]?js)?$|^(?:gulpfile|Gruntfile)\.[cm]?[jt]s$/;

/** Whether a path is a build tool's configuration (vite.config.ts, next.config.js, ...). */
export function isBuildConfig(path: string): boolean {
  return BUILD_CONFIG.test(path.slice(path.lastIndexOf('/') + 1));
}

// Database migrations and seed data, by each framework's convention: Rails `db/migrate/` and `db/seeds.rb`,
// Laravel `database/migrations/` and `database/seeders/`, Alembic `migrations/versions/`, Django's numbered
// `migrations/0001_initial.py`, Prisma `prisma/migrations/` and `prisma/seed.ts`, and seed programs (`populate_db.py`).
// A host there is a row the database is given (a default setting, sample content, an avatar URL column), not a call.
const SEED_DATA = picomatch([
  '**/db/migrate/**', '**/db/seeds.rb', '**/db/seeds/**', '**/database/migrations/**', '**/database/seeders/**', '**/database/seeds/**',
  '**/migrations/versions/**', '**/migrations/[0-9][0-9][0-9][0-9]_*.py', '**/prisma/migrations/**', '**/prisma/seed.{ts,js,mjs,cjs}',
  // a project's own seed program by its usual names (`populate_db.py`, `seed.ts`)
  '**/{seed,seeds,seed_db,seed_data,populate_db}.{py,rb,js,ts,mjs,php}',
], { dot: true });

/** Whether a path is a database migration or seed file (see above). */
export function isSeedData(path: string): boolean {
  return SEED_DATA(path);
}

/** `.env`, `.env.production`, `.env.example`, `production.env`: values a deployment sets. */
export function isEnvFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '.env' || name.startsWith('.env.') || name.endsWith('.env');
}

/** Folders that hold a product's translations (one list for both classes below). */
const TRANSLATION_FOLDERS = new Set(['locales', 'locale', 'i18n', 'l10n', 'lang', 'langs', 'language', 'languages', 'translations', 'translation', 'messages', 'intl']);
const TRANSLATION_FILE = /\.(?:json|ya?ml|po|pot|xliff|xlf|properties|ini|strings|arb)$/i;

/** The index of the innermost translation folder among a path's folders, or -1. */
function translationFolder(parts: readonly string[]): number {
  for (let at = parts.length - 2; at >= 0; at--) if (TRANSLATION_FOLDERS.has(parts[at]!.toLowerCase())) return at;
  return -1;
}

/**
 * Translation files (`locales/de.json`, `i18n/messages.yml`, `translations/ar_SA.json`): a host
 * there is text shown to users ("allow fonts.googleapis.com"), never a call.
 */
export function isTranslationFile(path: string): boolean {
  return TRANSLATION_FILE.test(path) && translationFolder(path.split('/')) !== -1;
}

// Translation catalogs, the files of translation folders that are not read at all: the strings a
// product shows people, one file per language. A vendor named there ("Pay with Stripe", a help link
// to YouTube) is text, never an integration, and catalogs are
// a large share of many repositories' bytes (a quarter of the development corpus's), so they are not
// read; the scan counts and names them. A file is one when it is data (JSON, YAML, XML, properties, INI,
// TOML) under a translation folder and a locale code names it or a folder between them
// (`config/locales/pt-BR.yml`, `public/locales/de/common.json`, `devise.en.yml`,
// `messages_fr.properties`), or an Android resource in a locale-qualified `values-` or `raw-` folder
// (`res/values-pt-rBR/strings.xml`; `values-night` and `values-v21` are not locales).
// https://developer.android.com/guide/topics/resources/providing-resources#AlternativeResources
const TRANSLATION_DATA = new Set(['json', 'yml', 'yaml', 'xml', 'properties', 'ini', 'toml']);
/** A BCP 47-like tag as folder and file names spell it: `en`, `pt-BR`, `zh_Hant_TW`, `ast`. */
const LOCALE = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4}){0,2}$/;
/** Android's locale qualifier opening a `values-` or `raw-` folder name: `fr`, `pt-rBR`, `b+sr+Latn`. */
const ANDROID_LOCALE_FOLDER = /^(?:values|raw)-(?:[a-z]{2}(?:-r[A-Z]{2})?|b\+[a-z]{2,3}(?:\+[A-Za-z0-9]+)*)(?:-|$)/;

/** Is a repo-relative path a translation catalog (see above)? */
export function isTranslationCatalog(path: string): boolean {
  // Asked of every listed file: the extension first, without splitting the path.
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!TRANSLATION_DATA.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) return false;
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  if (parts.length >= 3 && parts[parts.length - 3] === 'res' && ANDROID_LOCALE_FOLDER.test(parts[parts.length - 2]!)) return true;
  const folder = translationFolder(parts);
  if (folder === -1) return false;
  const stem = base.slice(0, base.lastIndexOf('.'));
  // The stem itself (`en-US`), its last dotted part (`devise.en`), its last underscored part (`messages_fr`).
  const names = [stem, stem.slice(stem.lastIndexOf('.') + 1), stem.slice(stem.lastIndexOf('_') + 1), ...parts.slice(folder + 1, -1)];
  return names.some((name) => LOCALE.test(name));
}

// `com.example` is the placeholder package of Java and Kotlin templates, and apps built from one keep
// it: `app/src/main/java/com/example/shop/` is the app's own shipped code, not an `example/` folder.
const PLACEHOLDER_PACKAGE = picomatch('**/src/main/{java,kotlin}/{com,org,net,io}/example/**', { dot: true });

/** A test to tell test paths from the rest, from the defaults plus the manifest's additions (`!glob` removes). */

export function testPathMatcher(extra: readonly string[] = []): (path: string) => boolean {
  const globs = extra.filter((glob) => typeof glob === 'string' && glob.replace(/^!/, '') !== '');
  const added = globs.filter((glob) => !glob.startsWith('!'));
  const removed = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  const compile = (list: string[], fallback: (path: string) => boolean): ((path: string) => boolean) => {
    try {
      return picomatch(list, { dot: true });
    } catch {
      // Globs picomatch cannot compile add nothing; the built-in list still applies.
      return fallback;
    }
  };
  const isTest = compile([...DEFAULT_TEST_PATHS, ...added], picomatch([...DEFAULT_TEST_PATHS], { dot: true }));
  const isRemoved = removed.length > 0 ? compile(removed, () => false) : () => false;
  return (path: string) => {
    try {
      return isTest(path) && !isRemoved(path) && !PLACEHOLDER_PACKAGE(path);
    } catch {
      return false;
    }
  };
}

const LOCKFILE = /(?:^|[.-])lock(?:file)?(?:\.[a-z]+)?$|\.lock$|^npm-shrinkwrap\.json$|^Package\.resolved$|\.lockfile$/i;

/** Whether a path names a lockfile (package-lock.json, yarn.lock, Cargo.lock, gradle.lockfile, ...). */
export function isLockfile(path: string): boolean {
  return LOCKFILE.test(path.slice(path.lastIndexOf('/') + 1));
}

/** The folder of a repo-relative path: `''` for a file at the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

// A catalog of deployment templates a self-hosting platform offers its users (Coolify's `templates/compose/<app>.yaml`,
// one Compose file per app; Dokploy's `templates/<app>/docker-compose.yml`): each configures someone else's software with
// the hosts it needs, not the product. Read as examples, as `examples/` is. The repository's own Compose files are one
// or a few, never a folder of many.
const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w-]{1,40})?\.ya?ml$/i;
const YAML_FILE = /\.ya?ml$/i;
/** Compose files a folder needs before it is a catalog of templates. */
const TEMPLATE_CATALOG_MIN = 8;

// What a template's own folder may hold besides its Compose file: its metadata, docs and logo. A folder with code at
// any depth (a service of the product with its Compose file beside its sources) is no template.
const TEMPLATE_FILE = /\.(?:ya?ml|toml|json|md|env|example|png|svg|jpe?g|webp|ico)$/i;

/** Folders holding a catalog of Compose templates, from every path of the scanned tree. */
export function templateCatalogFolders(paths: readonly string[]): string[] {
  const withCode = new Set<string>();
  for (const path of paths) {
    if (TEMPLATE_FILE.test(path)) continue;
    // Every folder above a code file holds code (`services/api/src/main.go` makes `services/api` a service).
    for (let folder = folderOf(path); folder !== '' && !withCode.has(folder); folder = folderOf(folder)) withCode.add(folder);
  }
  const counts = new Map<string, number>();
  for (const path of paths) {
    if (!YAML_FILE.test(path)) continue;
    const parent = folderOf(path);
    const name = path.slice(parent.length === 0 ? 0 : parent.length + 1);
    // A flat folder named `compose` of one YAML file per app, or one folder per app each holding its Compose file.
    const perApp = COMPOSE_FILE.test(name) && parent.includes('/') && !withCode.has(parent);
    const key = parent.split('/').at(-1) === 'compose' ? parent : perApp ? folderOf(parent) : undefined;
    if (key === undefined) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count >= TEMPLATE_CATALOG_MIN).map(([folder]) => folder);
}

