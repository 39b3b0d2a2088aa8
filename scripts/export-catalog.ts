// Build step: validate rules/*.yml and write dist/catalog.json, the data the bundle loads.
import { writeFileSync } from 'node:fs';
import { builtinRulesDir, readCatalogSource } from '../src/catalog/load.js';

const source = readCatalogSource([builtinRulesDir()]);
// Sources are repo-relative so the file is the same on every machine.
const root = builtinRulesDir().replace(/rules$/, '');
for (const vendor of source.vendors) vendor.source = vendor.source.replace(root, '').replace(/\\/g, '/');
source.vendors.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(process.argv[2] ?? 'dist/catalog.json', `${JSON.stringify(source)}\n`);
console.log(`catalog: ${source.vendors.length} vendors`);
