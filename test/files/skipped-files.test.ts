import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 13, item 4: nothing a scan does not read passes unnamed. Served vendored copies are read;
// a file not read that carries a catalog signature is a `skipped-file` warning with its reason;
// UTF-16 is decoded; names are kept as distinct as their bytes; submodules are named and counted.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'repos');
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-skipped-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SNIPPET =
  "(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');\n";
const MANIFEST = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n    expect-in-code: false\n';

interface Json {
  summary: { skipped: Record<string, unknown> };
  detections: { vendor: string; evidence: { path: string }[] }[];
  findings: { rule: string; vendor?: string; severity: string; message: string; location: { path: string; line: number }; args: Record<string, string>; fingerprint: string }[];
}

async function checkJson(cwd: string, ...args: string[]): Promise<Json> {
  const run = await runCli(['check', '.', '--format', 'json', '--no-cache', ...args], { cwd });
  expect(run.code, run.stderr).not.toBe(2);
  return JSON.parse(run.stdout) as Json;
}

function skipped(json: Json): { path: string; reason: string; vendor?: string }[] {
  return json.findings
    .filter((finding) => finding.rule === 'skipped-file')
    .map((finding) => ({ path: finding.location.path, reason: finding.args.reason!, ...(finding.vendor ? { vendor: finding.vendor } : {}) }));
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
}

/** A fixture copied into a fresh git repository, committed. */
function gitCopy(fixture: string): string {
  const repo = join(scratch, `${fixture}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join(FIXTURES, fixture), repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'init');
  return repo;
}

describe('served folders', () => {
  it('reads vendored copies and minified files under public/, static/, assets/, wwwroot/ (and Rails vendor/assets/)', async () => {
    const json = await checkJson(join(FIXTURES, 'served-vendor-copies'));
    const hotjar = json.detections.find((detection) => detection.vendor === 'hotjar');
    expect(new Set(hotjar?.evidence.map((item) => item.path))).toEqual(
      new Set(['app/static/dist/hotjar.js', 'public/js/hotjar.min.js', 'public/js/vendor/hotjar.js', 'vendor/assets/javascripts/hotjar.js', 'wwwroot/lib/third_party/hotjar.js']),
    );
    expect(new Set(json.findings.filter((finding) => finding.rule === 'undeclared-vendor').map((finding) => finding.vendor))).toEqual(new Set(['hotjar']));
  });
});

describe('skipped-file', () => {
  // third_party/posthog carries PostHog, detected in src/ already: not named again. dist/ is build
  // output (of what the scan reads), test/__mocks__ and test/fixtures never ship: not looked at.
  it('names default-ignored vendored copies that carry a signature, never as detections; not build output, fixtures or mocks', async () => {
    for (const root of [join(FIXTURES, 'ignored-vendored-trackers'), gitCopy('ignored-vendored-trackers')]) {
      const json = await checkJson(root);
      expect(json.detections.map((detection) => detection.vendor)).not.toContain('hotjar');
      expect(skipped(json)).toEqual([
        { path: 'bower_components/hotjar/index.js', reason: 'ignored', vendor: 'hotjar' },
        { path: 'lib/vendor/hotjar.min.js', reason: 'ignored', vendor: 'hotjar' },
        { path: 'third_party/hotjar/hotjar.js', reason: 'ignored', vendor: 'hotjar' },
      ]);
      const finding = json.findings.find((item) => item.rule === 'skipped-file')!;
      expect(finding.severity).toBe('warning');
      expect(finding.message).toContain('Hotjar');
      expect(json.summary.skipped.ignored).toBe(4);
    }
  });

  // Ignored files and submodules carry flags a worker is not given: they are read on the main thread.
  it.skipIf(!existsSync(CLI))('dist: the worker pool gives the one-thread result', () => {
    const repo = gitCopy('ignored-vendored-trackers');
    const run = (workers: string) => {
      const child = spawnSync(process.execPath, [CLI, 'check', repo, '--format', 'json', '--no-cache'], { encoding: 'utf8', env: { ...process.env, CI: 'true', DISCLOSED_WORKERS: workers } });
      const report = JSON.parse(child.stdout) as Json & { summary: { durationMs?: number } };
      delete report.summary.durationMs;
      return report;
    };
    const sequential = run('0');
    expect(skipped(sequential)).toHaveLength(3);
    expect(run('2')).toEqual(sequential);
  });

  it('names a package committed under a served folder (public/node_modules/), which the web server hands out; not the root node_modules', async () => {
    const repo = join(scratch, `served-node-modules-${Math.random().toString(36).slice(2, 8)}`);
    mkdirSync(join(repo, 'public', 'node_modules', 'heatmap-snippet'), { recursive: true });
    mkdirSync(join(repo, 'node_modules', 'heatmap-snippet'), { recursive: true });
    writeFileSync(join(repo, 'public', 'node_modules', 'heatmap-snippet', 'index.js'), SNIPPET);
    writeFileSync(join(repo, 'node_modules', 'heatmap-snippet', 'index.js'), SNIPPET);
    writeFileSync(join(repo, 'public', 'index.html'), '<!doctype html><script src="node_modules/heatmap-snippet/index.js"></script>\n');
    writeFileSync(join(repo, 'subprocessors.yml'), MANIFEST);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A', '-f');
    git(repo, 'commit', '-qm', 'init');
    const json = await checkJson(repo);
    expect(skipped(json)).toEqual([{ path: 'public/node_modules/heatmap-snippet/index.js', reason: 'ignored', vendor: 'hotjar' }]);
  });

  it('an --exclude or an include list is the user\'s choice: nothing is named there', async () => {
    const root = join(FIXTURES, 'ignored-vendored-trackers');
    expect(skipped(await checkJson(root, '--exclude', 'third_party/**')).map((item) => item.path)).not.toContain('third_party/hotjar/hotjar.js');
    expect(skipped(await checkJson(root, '--include', 'src/**'))).toEqual([]);
  });

  it('names a source file over 2 MiB by the hosts in it, and says how many files were too large', async () => {
    const root = join(scratch, 'too-large');
    mkdirSync(join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'subprocessors.yml'), MANIFEST);
    writeFileSync(join(root, 'public', 'app.js'), "export const title = 'Shop';\n");
    const filler = `var pad = "${'x'.repeat(120)}";\n`.repeat(Math.ceil((3 * 1024 * 1024) / 136));
    writeFileSync(join(root, 'public', 'bundle.js'), filler + SNIPPET);
    writeFileSync(join(root, 'public', 'plain.js'), filler);
    const json = await checkJson(root);
    expect(skipped(json)).toEqual([{ path: 'public/bundle.js', reason: 'too-large', vendor: 'hotjar' }]);
    expect(json.findings.find((item) => item.rule === 'skipped-file')!.location.line).toBe(Math.ceil((3 * 1024 * 1024) / 136) + 1);
    expect(json.summary.skipped.tooLarge).toBe(2);
    const text = await runCli(['check', '.', '--no-cache'], { cwd: root });
    expect(text.stdout).toContain('2 files not read: 2 over the size limit');
    expect(text.stdout).toContain('public/bundle.js');
  });

  it('reads a .js that looks binary only because of a NUL in its first bytes; one with more control bytes stays binary', async () => {
    const json = await checkJson(join(FIXTURES, 'nul-prefixed-script'));
    expect(new Set(json.detections.find((detection) => detection.vendor === 'hotjar')?.evidence.map((item) => item.path))).toEqual(new Set(['public/app.js']));
    expect(skipped(json)).toEqual([]);
    // public/logo.js: three control bytes in nineteen is not text.
    expect(json.summary.skipped.binary).toBe(1);
  });

  it('counts and names files in formats not supported, per format; one carrying a catalog host is a skipped-file finding', async () => {
    const root = join(FIXTURES, 'unsupported-formats');
    const json = await checkJson(root);
    expect(json.summary.skipped).toMatchObject({ unsupported: 3, formats: { OCaml: 2, Nim: 1 } });
    expect(json.summary.skipped).not.toHaveProperty('files');
    expect(skipped(json)).toEqual([{ path: 'src/legacy/tracking.ml', reason: 'unsupported', vendor: 'hotjar' }]);
    expect(json.findings.find((finding) => finding.rule === 'skipped-file')!.location.line).toBe(4);
    const text = await runCli(['check', '.', '--no-cache'], { cwd: root });
    expect(text.stdout).toContain('3 files not read: 3 in formats not supported (OCaml ×2, Nim ×1)');
    expect(text.stdout).not.toContain('bin/release.nim');
  });

  it('--verbose names each file not read with its reason (text), and lists them under summary.skipped.files (JSON)', async () => {
    const root = join(FIXTURES, 'unsupported-formats');
    const text = await runCli(['check', '.', '--no-cache', '--verbose'], { cwd: root });
    expect(text.stdout).toContain('bin/release.nim: a format not supported (Nim)');
    expect(text.stdout).toContain('src/legacy/format.ml: a format not supported (OCaml)');
    expect(text.stdout).not.toContain('README.md');
    const json = (await checkJson(root, '--verbose')) as Json & { summary: { skipped: { files: unknown[] } } };
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'report.schema.json'), 'utf8')) as object;
    expect(new Ajv2020({ strict: false }).validate(schema, json)).toBe(true);
    expect(json.summary.skipped.files).toEqual([
      { path: 'bin/release.nim', reason: 'unsupported', format: 'Nim' },
      { path: 'src/legacy/format.ml', reason: 'unsupported', format: 'OCaml' },
      { path: 'src/legacy/tracking.ml', reason: 'unsupported', format: 'OCaml' },
    ]);
  });
});

describe('translation catalogs', () => {
  const root = join(FIXTURES, 'translation-catalogs');

  it('does not read a vendor named in translated strings (Rails locales, i18next JSON, Android values-pt-rBR), and counts the catalogs', async () => {
    const json = (await checkJson(root, '--verbose')) as Json & { summary: { skipped: { translations: number; files: unknown[] } } };
    const vendors = json.detections.map((detection) => detection.vendor).sort();
    // The i18n set-up code and a non-locale Android qualifier (values-night) are read.
    expect(vendors).toEqual(['hotjar', 'posthog']);
    expect(json.detections.find((detection) => detection.vendor === 'hotjar')!.evidence.map((item) => item.path)).toEqual(['app/src/main/res/values-night/config.xml']);
    expect(json.summary.skipped.translations).toBe(3);
    expect(json.summary.skipped.files).toEqual([
      { path: 'app/src/main/res/values-pt-rBR/strings.xml', reason: 'translation' },
      { path: 'config/locales/en.yml', reason: 'translation' },
      { path: 'public/locales/de/common.json', reason: 'translation' },
    ]);
    expect(json.findings.filter((finding) => finding.rule === 'skipped-file')).toEqual([]);
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'report.schema.json'), 'utf8')) as object;
    expect(new Ajv2020({ strict: false }).validate(schema, json)).toBe(true);
    const text = await runCli(['check', '.', '--no-cache', '--verbose'], { cwd: root });
    expect(text.stdout).toContain('3 files not read: 3 translation catalogs (text, not code)');
    expect(text.stdout).toContain('config/locales/en.yml: a translation catalog: text shown to people, not code');
  });
});

describe('submodules', () => {
  /** A repository with one commit holding `files`. */
  function repository(name: string, files: Record<string, string>): string {
    const dir = join(scratch, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', name);
    return dir;
  }

  // The application, with the analytics library as a submodule, which has the widget as its own.
  const widget = repository('widget', { 'src/widget.js': "fbq('init', '1234567890');\nfbq('track', 'PageView');\n" });
  const library = repository('library', { 'hotjar.js': SNIPPET, 'README.md': '# analytics\n' });
  git(library, 'submodule', 'add', '-q', widget, 'vendor/widget');
  git(library, 'commit', '-qm', 'widget');
  const app = repository('with-submodule', { 'subprocessors.yml': MANIFEST, 'src/app.js': "export const title = 'Shop';\n" });
  git(app, 'submodule', 'add', '-q', library, 'public/analytics');
  git(app, 'submodule', 'update', '-q', '--init', '--recursive');
  git(app, 'commit', '-qm', 'analytics');

  it('scans a checked-out submodule and its own submodules, paths prefixed with the submodule path', async () => {
    const json = await checkJson(app, '--verbose');
    const hotjar = json.detections.find((detection) => detection.vendor === 'hotjar');
    expect(new Set(hotjar?.evidence.map((item) => item.path))).toEqual(new Set(['public/analytics/hotjar.js']));
    const pixel = json.detections.find((detection) => detection.vendor === 'meta-pixel');
    expect(new Set(pixel?.evidence.map((item) => item.path))).toEqual(new Set(['public/analytics/vendor/widget/src/widget.js']));
    expect(json.findings.filter((finding) => finding.rule === 'undeclared-vendor').map((finding) => finding.location.path)).toEqual(['public/analytics/hotjar.js', 'public/analytics/vendor/widget/src/widget.js']);
    expect(skipped(json)).toEqual([]);
    expect(json.summary.skipped.submodule).toBe(0);
    const text = await runCli(['check', '.', '--no-cache', '--verbose'], { cwd: app });
    expect(text.stdout).toContain('public/analytics/hotjar.js');
  });

  it('--staged reads a submodule at the commit the index records; only what the change adds fails', async () => {
    const staged = await runCli(['check', '.', '--format', 'json', '--no-cache', '--staged', '--all'], { cwd: app });
    const json = JSON.parse(staged.stdout) as Json;
    expect(json.summary.skipped.submodule).toBe(0);
    expect(json.detections.find((detection) => detection.vendor === 'hotjar')?.evidence[0]?.path).toBe('public/analytics/hotjar.js');
    // Nothing staged: the tracker in the submodule was there at HEAD.
    const onlyNew = await runCli(['check', '.', '--format', 'json', '--no-cache', '--staged'], { cwd: app });
    expect(onlyNew.code, onlyNew.stderr).toBe(0);
  });

  it('--base: a tracker the change brings in by moving a submodule is new; one the submodule already had at the base is not', async () => {
    const moved = join(scratch, 'moved');
    git(scratch, 'clone', '-q', '--recurse-submodules', app, moved);
    const base = git(moved, 'rev-parse', 'HEAD').trim();
    const inner = join(moved, 'public', 'analytics');
    writeFileSync(join(inner, 'clarity.js'), '(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");\n');
    git(inner, 'add', '-A');
    git(inner, 'commit', '-qm', 'clarity');
    git(moved, 'commit', '-qam', 'move the analytics submodule');
    const run = await runCli(['check', '.', '--format', 'json', '--no-cache', '--base', base], { cwd: moved });
    const json = JSON.parse(run.stdout) as Json & { findings: { new: boolean }[] };
    const clarity = json.findings.find((finding) => finding.rule === 'undeclared-vendor' && finding.vendor === 'microsoft-clarity');
    expect(clarity?.location.path).toBe('public/analytics/clarity.js');
    expect((clarity as { new?: boolean } | undefined)?.new).toBe(true);
    // Read at the commit the base records for the submodule: Hotjar was there already.
    const hotjar = json.findings.find((finding) => finding.rule === 'undeclared-vendor' && finding.vendor === 'hotjar') as { new?: boolean; location: { path: string } } | undefined;
    expect(hotjar?.location.path).toBe('public/analytics/hotjar.js');
    expect(hotjar?.new).toBe(false);
    expect(run.code).toBe(1);
  });

  it('a registered submodule that is not checked out is counted and named as not scanned', async () => {
    const fresh = join(scratch, 'fresh-clone');
    git(scratch, 'clone', '-q', app, fresh);
    const json = await checkJson(fresh, '--verbose');
    expect(json.detections.map((detection) => detection.vendor)).not.toContain('hotjar');
    expect(json.summary.skipped.submodule).toBe(1);
    expect(json.summary.skipped.files).toEqual([{ path: 'public/analytics', reason: 'submodule' }]);
    const text = await runCli(['check', '.', '--no-cache'], { cwd: fresh });
    expect(text.stdout).toContain('1 file not read: 1 submodule not checked out (public/analytics)');
  });
});

describe('encodings and names', () => {
  it('decodes UTF-16 (with a byte-order mark, or big-endian without one) and reads it', async () => {
    for (const root of [join(FIXTURES, 'utf16-tracker'), gitCopy('utf16-tracker')]) {
      const json = await checkJson(root);
      const hotjar = json.detections.find((detection) => detection.vendor === 'hotjar');
      expect(new Set(hotjar?.evidence.map((item) => item.path))).toEqual(new Set(['public/index.html', 'public/legacy.js']));
      expect(skipped(json)).toEqual([]);
    }
  });

  it('reads a `working-tree-encoding=UTF-16` checkout', async () => {
    const repo = join(scratch, 'working-tree-encoding');
    mkdirSync(join(repo, 'public'), { recursive: true });
    writeFileSync(join(repo, 'subprocessors.yml'), MANIFEST);
    writeFileSync(join(repo, '.gitattributes'), '*.html working-tree-encoding=UTF-16\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '.gitattributes', 'subprocessors.yml');
    writeFileSync(join(repo, 'public', 'index.html'), Buffer.from(`\ufeff<script>${SNIPPET}</script>\n`, 'utf16le'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'init');
    rmSync(join(repo, 'public'), { recursive: true });
    git(repo, 'checkout', '--', 'public');
    const json = await checkJson(repo);
    expect(json.detections.map((detection) => detection.vendor)).toContain('hotjar');
  });

  it.skipIf(process.platform === 'darwin' || process.platform === 'win32')('reads both of two non-UTF-8 names that decode alike, in git and outside it', async () => {
    const root = join(scratch, 'odd-names');
    mkdirSync(join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'subprocessors.yml'), MANIFEST);
    const name = (byte: number) => Buffer.concat([Buffer.from(`${root}/public/app`), Buffer.from([byte]), Buffer.from('.js')]);
    // git lists 0xfe first: the tracker is in the second, which a listing keyed by decoded text loses.
    writeFileSync(name(0xfe), "export const title = 'Shop';\n");
    writeFileSync(name(0xff), SNIPPET);
    const outside = await checkJson(root);
    expect(outside.detections.map((detection) => detection.vendor)).toContain('hotjar');
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'init');
    const inside = await checkJson(root);
    expect(inside.detections.map((detection) => detection.vendor)).toContain('hotjar');
    // Two paths, each shown with its own escape, both listed.
    const paths = inside.detections.find((detection) => detection.vendor === 'hotjar')!.evidence.map((item) => item.path);
    expect([...new Set(paths)]).toEqual(['public/app\udcff.js']);
    // Both trackers found in two such files are two findings, not one fingerprint.
    writeFileSync(name(0xfe), SNIPPET);
    git(root, 'commit', '-qam', 'both');
    const both = (await checkJson(root)).findings.filter((finding) => finding.rule === 'undeclared-vendor');
    expect(new Set(both.map((finding) => finding.location.path))).toEqual(new Set(['public/app\udcfe.js', 'public/app\udcff.js']));
    expect(new Set(both.map((finding) => finding.fingerprint)).size).toBe(2);
  });
});
