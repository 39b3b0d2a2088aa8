// Quick schema check of rules/*.yml (the full conformance test is test/catalog.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const schema = JSON.parse(readFileSync(new URL('../schema/vendor.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const categories = parse(readFileSync(new URL('../rules/_categories.yml', import.meta.url), 'utf8'));
// Helpers working in parallel add organizations in `_organizations.<batch>.yml`; all are merged.
const organizations = {};
for (const f of readdirSync(new URL('../rules/', import.meta.url))) {
  if (f.startsWith('_organizations') && f.endsWith('.yml')) Object.assign(organizations, parse(readFileSync(new URL(`../rules/${f}`, import.meta.url), 'utf8')));
}
let bad = 0;
const ids = new Set();
for (const file of readdirSync(new URL('../rules/', import.meta.url)).sort()) {
  if (!file.endsWith('.yml') || file.startsWith('_')) continue;
  const doc = parse(readFileSync(new URL(`../rules/${file}`, import.meta.url), 'utf8'));
  const problems = [];
  if (!validate(doc)) problems.push(...validate.errors.map((e) => `${e.instancePath} ${e.message}`));
  if (doc?.id && `${doc.id}.yml` !== file) problems.push(`id ${doc.id} does not match file name`);
  if (ids.has(doc?.id)) problems.push(`duplicate id ${doc.id}`);
  ids.add(doc?.id);
  for (const c of doc?.categories ?? []) if (!(c in categories)) problems.push(`unknown category ${c}`);
  if (doc?.organization && !(doc.organization in organizations)) problems.push(`unknown organization ${doc.organization}`);
  for (const p of doc?.signatures?.code ?? []) {
    try { new RegExp(p.pattern, 'gm'); } catch (e) { problems.push(`pattern ${p.id}: ${e.message}`); }
  }
  if (problems.length) { bad++; console.log(`${file}:\n  ${problems.join('\n  ')}`); }
}
console.log(`${ids.size} vendors, ${bad} with problems`);
process.exit(bad ? 1 : 0);
