import { RULES } from '../checks/index.js';
import { DEFAULT_IGNORES } from '../files/filter.js';
import { effectiveSeverities } from '../suppress.js';
import type { PreparedScan } from '../run.js';
import { plural } from '../reporters/context.js';
import { relative, sep } from 'node:path';

// `disclosed check --print-config`: what a check would run with, resolved (ESLint's
// --print-config, ruff's --show-settings), so "why is this reported / not reported" has an
// answer without reading the code. Nothing is scanned.

function list(items: string[]): string {
  return items.length > 0 ? items.join(', ') : '(none)';
}

/** The resolved configuration of a prepared check, as text. */
export function renderConfig(prepared: PreparedScan, options: { failOn?: string; toolVersion: string; cwd: string; passedOver?: string }): string {
  const manifest = prepared.manifest;
  const shownRoot = relative(options.cwd, prepared.root).split(sep).join('/') || '.';
  const lines: string[] = [`disclosed ${options.toolVersion}: configuration of a check of ${shownRoot}${prepared.scope ? ` (reading only ${prepared.scope}/)` : ''}`, ''];
  lines.push(
    manifest
      ? `manifest: ${manifest.path} (${plural(manifest.subprocessors.length, 'subprocessor')}, ${plural(manifest.prohibited.length, 'prohibition')}, ${plural(manifest.exceptions.length, 'exception')})`
      : 'manifest: none found (every detected vendor is undeclared-vendor; `disclosed init` writes one)',
  );
  if (!manifest && options.passedOver) {
    lines.push(`  ${relative(options.cwd, options.passedOver).split(sep).join('/')} was passed over: its ignore, settings.include/exclude or the default ignores leave this folder out`);
  }
  if (prepared.policy) lines.push(`privacy-policy: ${prepared.policy.path}`);
  const [builtin, extra] = prepared.catalogSources;
  const custom = manifest?.customVendors.length ?? 0;
  lines.push(
    `catalog: built into disclosed ${options.toolVersion}, ${plural(builtin?.vendors.length ?? 0, 'vendor')} of ${plural(builtin?.organizations.length ?? 0, 'organization')}` +
      `${extra ? `; ${plural(extra.vendors.length, 'vendor')} from settings.rules-dir ${manifest?.settings['rules-dir'] ?? ''}` : ''}${custom > 0 ? `; ${plural(custom, 'custom vendor')} defined in the manifest` : ''}`,
  );
  const failOn = options.failOn ?? manifest?.settings['fail-on'];
  lines.push(`fail-on: ${failOn ?? 'error'}${options.failOn ? ' (--fail-on)' : failOn ? ' (settings.fail-on)' : ' (default)'}`);
  if (manifest?.settings.baseline) lines.push(`baseline: ${manifest.settings.baseline} (settings.baseline)`);
  lines.push('', 'severities (rules: in the manifest override the defaults):');
  const severities = effectiveSeverities(RULES, manifest?.rules ?? {});
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  for (const rule of RULES) {
    const severity = severities[rule.id] ?? 'off';
    const changed = manifest?.rules[rule.id] !== undefined && manifest.rules[rule.id] !== rule.defaultSeverity;
    lines.push(`  ${rule.id.padEnd(width)}  ${severity}${changed ? ` (default: ${rule.defaultSeverity})` : ''}`);
  }
  lines.push('', 'files:');
  lines.push(`  ignore (manifest): ${list(manifest?.ignore ?? [])}`);
  lines.push(`  include: ${prepared.filters.include.length > 0 ? `${prepared.filters.include.join(', ')} (only these are read; the default ignores then do not apply)` : '(everything not excluded)'}`);
  lines.push(`  exclude: ${list(prepared.filters.exclude)}`);
  lines.push(`  default ignores: ${DEFAULT_IGNORES.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
