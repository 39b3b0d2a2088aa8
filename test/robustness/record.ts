import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMark, cpuMsSince } from './cpu-time.js';

// Every fuzz target records how many inputs it tried; global-setup.ts merges the parts into
// test-artifacts/robustness.json when the run ends (test files run in separate workers).

export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
export const PARTS = join(ARTIFACTS, 'robustness-parts');

/** The one seed every fuzz test uses, so a failure reproduces exactly. */
export const SEED = 20_260_901;

/** What one fuzz target tried. */
export interface FuzzRecord {
  target: string;
  inputs: number;
  failures: number;
  slowestMs: number;
}

/** Print `fuzz <target>: N inputs, F failures` and write the part file. */
export function recordFuzz(record: FuzzRecord): void {
  console.log(`fuzz ${record.target}: ${record.inputs} inputs, ${record.failures} failures (slowest ${Math.round(record.slowestMs)} ms)`);
  mkdirSync(PARTS, { recursive: true });
  writeFileSync(join(PARTS, `${record.target.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify(record));
}

/** A failing input is kept under test-artifacts/robustness-failures/ to reproduce it by hand. */
function saveFailure(target: string, n: number, input: unknown): void {
  const dir = join(ARTIFACTS, 'robustness-failures');
  mkdirSync(dir, { recursive: true });
  const data = Buffer.isBuffer(input) ? input : Buffer.from(typeof input === 'string' ? input : JSON.stringify(input) ?? '');
  writeFileSync(join(dir, `${target.replace(/[^\w.-]+/g, '_')}-${n}.bin`), data);
}

/** A counter around a property: counts inputs, failures and the slowest input. */
export function counted<A extends unknown[]>(target: string, property: (...args: A) => void): { run: (...args: A) => void; done: () => FuzzRecord } {
  const record: FuzzRecord = { target, inputs: 0, failures: 0, slowestMs: 0 };
  return {
    run: (...args: A) => {
      record.inputs++;
      const started = cpuMark();
      try {
        property(...args);
      } catch (error) {
        record.failures++;
        saveFailure(target, record.failures, args[0]);
        throw error;
      } finally {
        record.slowestMs = Math.max(record.slowestMs, cpuMsSince(started));
      }
    },
    done: () => {
      recordFuzz(record);
      return record;
    },
  };
}
