import { setFlagsFromString } from 'node:v8';

/**
 * Turn off TurboFan's inlining for this process. A scan is a burst through many hot paths that
 * each stay hot for under a second (a parser per file format, a comment blanker per language, a
 * matcher per construct). Measured with `perf` on the development corpus, V8's optimising
 * compiler took 30% of the scan's CPU, most of it inlining callees into functions that were then
 * deoptimised and compiled again; without inlining it takes 20%, and the scan is about 10% faster.
 * A scan of 80,000 files is no slower. The flag is process-wide, so scan workers have it too.
 * Called by the bin and the Action before any scanning, so no function is optimised yet; never by
 * library users or tests. https://github.com/v8/v8/blob/main/src/flags/flag-definitions.h
 */
export function tuneCompilerForScans(): void {
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    // an engine that refuses the flag scans as before
  }
}
