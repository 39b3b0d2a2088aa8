// Time bounds of the fuzzers in CPU time of this test process, not wall time: robustness runs one
// file per forked process (vitest.robustness.config.ts), so the process's CPU time is this file's
// work, and a busy machine (CI's 2 shared cores) stretches wall time without making the code slower.
// A quadratic or catastrophic-backtracking input still burns CPU and still fails the bound.

/** A mark to measure CPU time from. */
export function cpuMark(): NodeJS.CpuUsage {
  return process.cpuUsage();
}

/** Milliseconds of CPU (user + system) this process used since `mark`. */
export function cpuMsSince(mark: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(mark);
  return (used.user + used.system) / 1_000;
}
