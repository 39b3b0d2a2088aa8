import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';
import { disclosed, gitRepository, scratchFolder } from './built.js';

// Issue 15 item 7, through the built CLI: did-you-mean on every command, per-command --help,
// --print-config, colour from the environment, --quiet, and the text output's closing summary.
const scratch = scratchFolder('disclosed-options-');
afterAll(() => scratch.cleanup());

const DRIFT = { 'subprocessors.yml': 'version: 1\nsubprocessors: []\n', 'src/a.ts': "posthog.init('phc_x');\n", 'public/index.html': '<script>window._hjSettings={hjid:1};</script>\n' };

describe('unknown options and commands', () => {
  it('every command answers a mistyped option in one line with the closest option', () => {
    const dir = scratch.tree(DRIFT);
    const cases: [string[], string][] = [
      [['check', '--formt', 'json'], "disclosed: unknown option '--formt'; did you mean '--format'?\n"],
      [['init', '--forse'], "disclosed: unknown option '--forse'; did you mean '--force'?\n"],
      [['vendors', '--categry', 'analytics'], "disclosed: unknown option '--categry'; did you mean '--category'?\n"],
      [['policy-text', 'policy.md', '--jsn'], "disclosed: unknown option '--jsn'; did you mean '--json'?\n"],
      [['report', '--outptu', 'r.html'], "disclosed: unknown option '--outptu'; did you mean '--output'?\n"],
      [['crawl', 'https://example.com', '--consnt', 'reject'], "disclosed: unknown option '--consnt'; did you mean '--consent'?\n"],
      [['explain', 'posthog', '--json'], "disclosed: unknown option '--json' (disclosed explain --help lists the options)\n"],
      [['chekc'], 'disclosed: unknown command "chekc"; did you mean "check"?\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = disclosed(args, dir);
      expect({ args, stderr: result.stderr, code: result.code }).toEqual({ args, stderr, code: 2 });
    }
  });

  it('each command has its own --help, exit 0', () => {
    const dir = scratch.tree(DRIFT);
    for (const command of ['check', 'init', 'vendors', 'explain', 'policy-text', 'report', 'crawl']) {
      const result = disclosed([command, '--help'], dir);
      expect({ command, code: result.code }).toEqual({ command, code: 0 });
      expect(result.stdout).toMatch(new RegExp(`^Usage: disclosed ${command}\\b`));
    }
    const check = disclosed(['check', '-h'], dir).stdout;
    for (const option of ['--print-config', '-f, --format', '-o, --output', '--color, --no-color', 'NO_COLOR', 'FORCE_COLOR', '--quiet']) expect(check).toContain(option);
    expect(disclosed(['--help'], dir).stdout).toContain("`disclosed <command> --help` (or `disclosed help <command>`) lists a command's options");
    expect(disclosed(['help', 'report'], dir).stdout).toMatch(/^Usage: disclosed report\b/);
  });
});

describe('check --print-config', () => {
  it('prints the manifest, effective severities, ignores, include/exclude and the catalog, and scans nothing', () => {
    const manifest = 'version: 1\nsubprocessors: []\nignore: ["legacy/**"]\nrules:\n  declared-not-found: error\n  unlisted-third-party: "off"\nsettings:\n  fail-on: warning\n  exclude: ["scripts/**"]\n';
    const dir = scratch.tree({ ...DRIFT, 'subprocessors.yml': manifest });
    const result = disclosed(['check', '--print-config', '--exclude', 'tmp/**'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toMatch(/^disclosed \d+\.\d+\.\d+: configuration of a check of \.\n/);
    expect(out).toContain('manifest: subprocessors.yml (0 subprocessors, 0 prohibitions, 0 exceptions)');
    expect(out).toMatch(/catalog: built into disclosed \d+\.\d+\.\d+, [1-9]\d\d+ vendors of \d+ organizations/);
    expect(out).toContain('fail-on: warning (settings.fail-on)');
    expect(out).toMatch(/\n {2}declared-not-found +error \(default: warning\)\n/);
    expect(out).toMatch(/\n {2}unlisted-third-party +off \(default: note\)\n/);
    expect(out).toMatch(/\n {2}undeclared-vendor +error\n/);
    expect(out).toContain('ignore (manifest): legacy/**');
    expect(out).toContain('exclude: legacy/**, scripts/**, tmp/**');
    expect(out).toContain('default ignores: **/node_modules/**');
    // Nothing was scanned: the undeclared vendors in the tree are not reported.
    expect(out).not.toContain('PostHog');
    expect(out).not.toMatch(/problems?|files? scanned/);
  });
});

describe('colour and --quiet', () => {
  it('FORCE_COLOR and NO_COLOR decide for a pipe; --no-color and --color win over both', () => {
    const dir = scratch.tree(DRIFT);
    const ESC = '\u001b[';
    expect(disclosed(['check', '.'], dir).stdout).not.toContain(ESC);
    expect(disclosed(['check', '.'], dir, { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(disclosed(['check', '.', '--no-color'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(disclosed(['check', '.', '--color'], dir, { NO_COLOR: '1' }).stdout).toContain(ESC);
    // A report written to a file is never coloured.
    const written = disclosed(['check', '.', '--color', '-f', 'text', '-o', 'out.txt'], dir);
    expect(written.stdout).toBe('');
  });

  it('--quiet prints errors only and no banner on stderr', () => {
    const repo = gitRepository(scratch, { 'subprocessors.yml': 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n', 'README.md': '# x\n' });
    scratch.tree({ 'src/a.ts': "posthog.init('phc_x');\n" }, `${repo.slice(scratch.root.length + 1)}`);
    scratch.git(repo, 'add', 'src/a.ts');
    const loud = disclosed(['check', '--staged'], repo);
    expect(loud.stderr).toBe('disclosed: 1 staged change, 1 file read\n');
    expect(loud.stdout).toContain('declared-not-found');
    const quiet = disclosed(['check', '--staged', '--quiet'], repo);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('undeclared-vendor');
    expect(quiet.stdout).not.toContain('declared-not-found');
    expect(quiet.code).toBe(1);
  });
});

describe('--quiet and the progress line', () => {
  // In-process (main with a terminal on stderr): a child process cannot be given one here.
  it('a scan drawn as progress on a terminal draws none with --quiet', async () => {
    const files: Record<string, string> = { 'subprocessors.yml': 'version: 1\nsubprocessors: []\n' };
    for (let i = 0; i < 450; i++) files[`src/file${i}.ts`] = `export const value${i} = ${i};\n`;
    const dir = scratch.tree(files);
    // Every clock reading two seconds after the last: each scan "runs longer than a second".
    let clock = Date.UTC(2026, 10, 23);
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 2000));
    const run = async (args: string[]) => {
      let stderr = '';
      const io: CliIo = { stdout: () => undefined, stderr: (text) => void (stderr += text), cwd: dir, isTTY: true, stdoutIsTTY: false, env: { DISCLOSED_WORKERS: '0' }, now: new Date('2026-11-23T00:00:00Z') };
      const code = await main(args, io);
      return { code, stderr };
    };
    try {
      const loud = await run(['check', '.', '--no-cache']);
      expect(loud.stderr).toMatch(/\rdisclosed: reading files \d+\/450…/);
      const quiet = await run(['check', '.', '--no-cache', '--quiet']);
      expect(quiet).toEqual({ code: 0, stderr: '' });
    } finally {
      now.mockRestore();
    }
  });
});

describe('text output', () => {
  it('ends with one line per kind of problem, vendors by name, with correct plurals', () => {
    const dir = scratch.tree({ ...DRIFT, 'subprocessors.yml': 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n' });
    const result = disclosed(['check', '.', '--no-color'], dir);
    // The grouped summary follows the totals line; the YAML to add for the undeclared vendors comes after it.
    const lines = result.stdout.split('\n');
    const tail = lines.slice(lines.findIndex((line) => line.startsWith('✖')), lines.findIndex((line) => line.startsWith('✖')) + 3);
    expect(result.stdout).toContain('To declare them, add under `subprocessors:`');
    expect(tail[0]).toMatch(/^✖ 3 problems \(2 errors, 1 warning, 0 notes\) · 2 vendors detected · 2 files scanned in/);
    expect(tail.slice(1)).toEqual(['  2 undeclared vendors: Hotjar, PostHog', '  1 declared vendor not found: Stripe']);
    expect(result.stdout).toContain('1:1     error    PostHog is used here (`posthog.init(`)');
    const one = disclosed(['check', '.', '--no-color'], scratch.tree({ 'subprocessors.yml': 'version: 1\nsubprocessors: []\n', 'src/a.ts': "posthog.init('phc_x');\n" }));
    expect(one.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 notes) · 1 vendor detected · 1 file scanned in');
    expect(one.stdout).toContain('\n  1 undeclared vendor: PostHog\n');
  });
});
