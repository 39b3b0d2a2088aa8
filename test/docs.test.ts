import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/checks/index.js';

// SARIF results link to docs/rules.md#<rule id>: every rule must have its section there.
describe('docs/rules.md', () => {
  const text = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
  it.each(RULES.map((rule) => [rule.id, rule] as const))('documents %s with its default severity and help', (id, rule) => {
    const section = text.split(/^## /m).find((part) => part.startsWith(`${id}\n`));
    expect(section, `no section for ${id}`).toBeDefined();
    expect(section).toContain(`Default severity: **${rule.defaultSeverity}**.`);
    expect(section).toContain(rule.help);
  });
});
