import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { disclosed, gitRepository, scratchFolder } from './built.js';

// Issue 15 item 6: in a git work tree every format names files the way its reader opens them
// (GitHub and SARIF from the repository root, the terminal from the working directory), and a
// check of a monorepo's subfolder finds the manifest at the root, never above the work tree.
const scratch = scratchFolder('disclosed-paths-');
afterAll(() => scratch.cleanup());

const ROOT_MANIFEST = [
  'version: 1',
  'subprocessors:',
  '  - vendor: posthog',
  '    purpose: Product analytics',
  '    paths: ["packages/web/**"]',
  '  - vendor: stripe',
  '    purpose: Payments',
  'ignore: ["examples/**"]',
  '',
].join('\n');

/** A monorepo with the manifest at its root: PostHog allowed in packages/web, used in packages/api too. */
function monorepo(): string {
  return gitRepository(scratch, {
    'subprocessors.yml': ROOT_MANIFEST,
    'packages/web/src/analytics.ts': "posthog.init('phc_web');\n",
    'packages/api/src/track.ts': "\n\nposthog.init('phc_api');\n",
    'examples/demo/app.ts': "fbq('init', '123');\n",
  });
}

describe('manifest discovery from a subfolder', () => {
  it('walks up to the manifest at the repository root and judges by its root-relative paths', () => {
    const repo = monorepo();
    // packages/web is where the manifest allows PostHog: clean; declared-not-found (Stripe) is not
    // judged on a scan of one folder.
    const web = disclosed(['check', 'packages/web'], repo);
    expect(web.stdout).toContain('✔ no problems');
    expect(web.code).toBe(0);
    const api = disclosed(['check', '.', '--format', 'json'], join(repo, 'packages/api'));
    const result = JSON.parse(api.stdout) as { root: string; manifest: string; findings: { rule: string; location: { path: string; line: number } }[] };
    expect(result.manifest).toBe('subprocessors.yml');
    expect(result.root).toBe('.');
    expect(result.findings.map((finding) => `${finding.rule} ${finding.location.path}:${finding.location.line}`)).toEqual(['out-of-scope packages/api/src/track.ts:3']);
    expect(api.code).toBe(1);
  });

  it('never above the top of the work tree', () => {
    const outer = scratch.tree({ 'subprocessors.yml': 'version: 1\nsubprocessors: []\nprohibited:\n  - category: analytics\n' }, 'outer');
    mkdirSync(join(outer, 'repo'));
    const repo = gitRepository(scratch, { 'app/a.ts': "posthog.init('phc_x');\n" }, 'outer/repo');
    const result = disclosed(['check', 'app', '--format', 'json'], repo);
    const json = JSON.parse(result.stdout) as { manifest: string | null; findings: { rule: string }[] };
    expect(json.manifest).toBeNull();
    expect(json.findings.map((finding) => finding.rule)).toEqual(['undeclared-vendor']);
  });

  it('a root manifest that ignores the folder does not govern it: the folder is checked on its own', () => {
    const repo = monorepo();
    const result = disclosed(['check', 'examples/demo', '--format', 'json'], repo);
    const json = JSON.parse(result.stdout) as { manifest: string | null; root: string; findings: { rule: string; vendor: string; location: { path: string } }[] };
    expect(json.manifest).toBeNull();
    expect(json.root).toBe('examples/demo');
    expect(json.findings.map((finding) => `${finding.rule} ${finding.vendor} ${finding.location.path}`)).toEqual(['undeclared-vendor meta-pixel app.ts']);
    const config = disclosed(['check', 'examples/demo', '--print-config'], repo).stdout;
    expect(config).toContain('manifest: none found');
    expect(config).toContain('  subprocessors.yml was passed over: its ignore, settings.include/exclude or the default ignores leave this folder out');
  });

  it('report from a subfolder is judged by the root manifest and names repository paths', () => {
    const repo = monorepo();
    const result = disclosed(['report', 'packages/api', '--format', 'markdown'], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('manifest: `subprocessors.yml`');
    expect(result.stdout).toContain('`packages/api/src/track.ts:3`');
    expect(result.stdout).toMatch(/\| \[`out-of-scope`\]\([^)]*\) \| posthog \| `packages\/api\/src\/track\.ts:3` \|/);
  });

  it('--print-config names the manifest found above and the folder read', () => {
    const repo = monorepo();
    const result = disclosed(['check', '--print-config'], join(repo, 'packages/web'));
    expect(result.stdout).toContain('configuration of a check of ../.. (reading only packages/web/)');
    expect(result.stdout).toContain('manifest: subprocessors.yml (2 subprocessors, 0 prohibitions, 0 exceptions)');
    expect(result.code).toBe(0);
  });
});

describe('paths in every format', () => {
  it('github and SARIF name repository paths; the terminal names them from the working directory', () => {
    const repo = monorepo();
    const github = disclosed(['check', 'packages/api', '--format', 'github'], repo);
    expect(github.stdout).toContain('::error file=packages/api/src/track.ts,line=3,col=1,title=disclosed%3A out-of-scope::');
    expect(github.stdout).toContain('disclosed: 1 error, 0 warnings, 0 notes in 1 file');

    const sarif = JSON.parse(disclosed(['check', '.', '-f', 'sarif'], join(repo, 'packages/api')).stdout) as {
      runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[];
    };
    const run = sarif.runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(realpathSync(repo)).href}/`);
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'packages/api/src/track.ts', uriBaseId: '%SRCROOT%' });

    const fromTop = disclosed(['check', 'packages/api', '--no-color'], repo);
    expect(fromTop.stdout).toMatch(/^packages\/api\/src\/track\.ts\n {2}3:1 /);
    const fromFolder = disclosed(['check', '.', '--no-color'], join(repo, 'packages/api'));
    expect(fromFolder.stdout).toMatch(/^src\/track\.ts\n {2}3:1 /);
    const fromElsewhere = disclosed(['check', '../api', '--no-color'], join(repo, 'packages/web'));
    expect(fromElsewhere.stdout).toMatch(/^\.\.\/api\/src\/track\.ts\n/);
  });

  it('a subfolder with its own manifest: JSON paths are relative to its root field, GitHub paths to the repository', () => {
    const repo = gitRepository(scratch, { 'README.md': '# monorepo\n', 'packages/web/subprocessors.yml': 'version: 1\nsubprocessors: []\n', 'packages/web/src/a.ts': "posthog.init('phc_x');\n" });
    const json = JSON.parse(disclosed(['check', 'packages/web', '--format', 'json'], repo).stdout) as { root: string; manifest: string; findings: { location: { path: string } }[] };
    expect(json.root).toBe('packages/web');
    expect(json.manifest).toBe('subprocessors.yml');
    expect(json.findings[0]!.location.path).toBe('src/a.ts');
    const github = disclosed(['check', 'packages/web', '--format', 'github'], repo);
    expect(github.stdout).toContain('::error file=packages/web/src/a.ts,line=1,col=1,');
    expect(github.stdout).toContain('not declared as a subprocessor in packages/web/subprocessors.yml');
  });
});
