import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';
import { runCli } from '../helpers.js';

// Issue 15 item 7 (the lead's item 4): colour from the stream written to and the usual variables,
// --quiet without progress, -f/-o, did-you-mean for options, one-line errors for outputs.
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-conventions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const DRIFT = { 'subprocessors.yml': 'version: 1\nsubprocessors: []\n', 'src/a.ts': "posthog.init('phc_x');\n" };

/** The CLI with chosen terminals: which of stdout and stderr is a TTY. */
async function run(args: string[], cwd: string, tty: { stdout: boolean; stderr: boolean }, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: tty.stderr, stdoutIsTTY: tty.stdout, env, now: new Date('2026-11-23T00:00:00Z') };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const ESC = '\u001b[';

describe('colour', () => {
  it('follows stdout, not stderr, and honours NO_COLOR, FORCE_COLOR, --color and --no-color', async () => {
    const dir = repo(DRIFT);
    // stdout piped to a file while stderr is a terminal (`disclosed check > report.txt`): plain.
    expect((await run(['check', '.'], dir, { stdout: false, stderr: true })).stdout).not.toContain(ESC);
    expect((await run(['check', '.'], dir, { stdout: true, stderr: false })).stdout).toContain(ESC);
    expect((await run(['check', '.'], dir, { stdout: true, stderr: true }, { NO_COLOR: '1' })).stdout).not.toContain(ESC);
    expect((await run(['check', '.'], dir, { stdout: false, stderr: false }, { FORCE_COLOR: '1' })).stdout).toContain(ESC);
    expect((await run(['check', '.'], dir, { stdout: true, stderr: true }, { FORCE_COLOR: '0' })).stdout).not.toContain(ESC);
    expect((await run(['check', '.', '--color'], dir, { stdout: false, stderr: false }, { NO_COLOR: '1' })).stdout).toContain(ESC);
    expect((await run(['check', '.', '--no-color'], dir, { stdout: true, stderr: true }, { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
  });
});

describe('options', () => {
  it('check takes -f and -o like report', async () => {
    const dir = repo(DRIFT);
    const result = await runCli(['check', '.', '-f', 'json', '-o', 'out.json', '-f', 'text'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).findings[0].rule).toBe('undeclared-vendor');
    expect(result.stdout).toContain('undeclared-vendor');
  });

  it('an unknown option gets one line with the closest option', async () => {
    const dir = repo(DRIFT);
    const typo = await runCli(['check', '.', '--formt', 'json'], { cwd: dir });
    expect(typo.stderr).toBe("disclosed: unknown option '--formt'; did you mean '--format'?\n");
    expect(typo.code).toBe(2);
    const far = await runCli(['check', '--zzzzzzzz'], { cwd: dir });
    expect(far.stderr).toBe("disclosed: unknown option '--zzzzzzzz' (disclosed check --help lists the options)\n");
  });

  it('--output into a missing folder is a one-line usage error, not an internal error', async () => {
    const dir = repo(DRIFT);
    const result = await runCli(['check', '.', '--format', 'sarif', '--output', 'reports/out.sarif'], { cwd: dir });
    expect(result.stderr).toBe('disclosed: cannot write reports/out.sarif: the folder reports does not exist\n');
    expect(result.code).toBe(2);
  });
});

describe('text output', () => {
  it('quotes the matched text and never runs a long position into the severity', async () => {
    const dir = repo({ ...DRIFT, 'src/a.ts': `${'\n'.repeat(290_000)}  posthog.init('a');\n` });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.stdout).toMatch(/290001:3 error {4}PostHog is used here \(`posthog\.init\(`\)/);
    expect(result.stdout).toContain('(1 error, 0 warnings, 0 notes)');
  });
});

// Issue 15 item 5: a mistyped vendor id is a manifest error, not a cascade of findings.
describe('manifest semantics', () => {
  it('an unknown vendor id exits 2 with did-you-mean, before scanning', async () => {
    const dir = repo({ 'subprocessors.yml': 'version: 1\nsubprocessors:\n  - vendor: posthgo\n    purpose: Analytics\n', 'src/a.ts': "posthog.init('phc_x');\n" });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.stderr).toBe('subprocessors.yml:3:13: error: unknown vendor "posthgo": not in the catalog and not defined here [vendor]\n  suggestion: did you mean "posthog"?\n1 problem in configuration; nothing was scanned.\n');
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });
});
