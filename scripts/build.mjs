// Bundle the CLI (and the Action, once src/action.ts exists) into dist/, and write
// dist/catalog.json, deterministically: same sources and lockfile → byte-identical output,
// so CI can diff it (check-dist).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Prefer ES module builds: jsonc-parser's UMD "main" uses a dynamic require esbuild cannot bundle.
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

const entries = { cli: 'src/cli.ts', 'scan-worker': 'src/scan-worker.ts' };
if (existsSync('src/action.ts')) entries.index = 'src/action.ts';

// The manifest's JSON Schema, compiled to code (src/manifest/validator.generated.js) before bundling.
execFileSync(process.execPath, ['scripts/manifest-validator.mjs'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
// The CLI, the Action and the scan worker share one engine: split it into a common chunk
// (named by content hash, so the output stays deterministic) instead of bundling it three times.
await build({ ...common, entryPoints: entries, outdir: 'dist', splitting: true, chunkNames: 'engine-[hash]' });

// Validate the vendor rules once, at build time, and ship them as one JSON file.
const exporter = 'dist/export-catalog.tmp.mjs';
await build({ ...common, entryPoints: ['scripts/export-catalog.ts'], outfile: exporter });
try {
  execFileSync(process.execPath, [exporter, 'dist/catalog.json'], { stdio: 'inherit' });
} finally {
  rmSync(exporter, { force: true });
}
