import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, PARTS, SEED } from './record.js';
import type { FuzzRecord } from './record.js';

// Clear the parts before the run; merge them into test-artifacts/robustness.json after it.

export function setup(): void {
  rmSync(PARTS, { recursive: true, force: true });
  rmSync(join(ARTIFACTS, 'robustness-failures'), { recursive: true, force: true });
}

export function teardown(): void {
  if (!existsSync(PARTS)) return;
  const targets: FuzzRecord[] = readdirSync(PARTS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(PARTS, name), 'utf8')) as FuzzRecord)
    .sort((a, b) => a.target.localeCompare(b.target));
  mkdirSync(ARTIFACTS, { recursive: true });
  const total = targets.reduce((sum, target) => sum + target.inputs, 0);
  const failures = targets.reduce((sum, target) => sum + target.failures, 0);
  writeFileSync(join(ARTIFACTS, 'robustness.json'), `${JSON.stringify({ seed: SEED, total, failures, targets }, null, 2)}\n`);
  rmSync(PARTS, { recursive: true, force: true });
}
