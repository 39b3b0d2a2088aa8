import { describe, expect, it } from 'vitest';
import { npmParsers } from '../../../src/ecosystems/npm/index.js';

describe('npmParsers', () => {
  it('has one parser per format, with unique ids, all for npm', () => {
    expect(npmParsers.map((parser) => parser.id)).toEqual([
      'npm/package-json',
      'npm/package-lock',
      'npm/yarn-lock',
      'npm/pnpm-lock',
      'npm/bun-lock',
      'npm/deno-json',
    ]);
    for (const parser of npmParsers) expect(parser.ecosystem).toBe('npm');
  });

  it('claims each file by exactly one parser', () => {
    const files = [
      'package.json',
      'apps/web/package-lock.json',
      'npm-shrinkwrap.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'packages/ui/bun.lock',
      'supabase/functions/deno.json',
    ];
    for (const file of files) expect(npmParsers.filter((parser) => parser.claims(file))).toHaveLength(1);
  });

  it('claims none of the look-alikes', () => {
    const files = [
      'package.json.bak',
      'bun.lockb',
      'yarn.lock.orig',
      'docs/package-lock.md',
      'src/package.ts',
      'pnpm-workspace.yaml',
    ];
    for (const file of files) expect(npmParsers.filter((parser) => parser.claims(file))).toEqual([]);
  });

  it('never throws and reports binary noise as a problem, not a package', () => {
    const noise = '\u0000\u0001\u0002PK\u0003\u0004 garbage';
    for (const parser of npmParsers) {
      const result = parser.parse(noise, 'x');
      expect(result.packages).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
