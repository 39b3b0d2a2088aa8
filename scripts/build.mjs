// Bundle the CLI (and the Action, once src/action.ts exists) into dist/, deterministically:
// same sources and lockfile → byte-identical output, so CI can diff it (check-dist).
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const entries = { cli: 'src/cli.ts' };
if (existsSync('src/action.ts')) entries.index = 'src/action.ts';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
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
});
