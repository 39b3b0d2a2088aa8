import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IGNORE_KEYWORD } from '../../src/catalog/catalog.js';
import { buildCatalog } from '../../src/catalog/load.js';
import { hitsConcern, keywordsIn } from '../../src/matchers/code.js';
import { languageOf } from '../../src/matchers/languages.js';
import { THIRD_PARTY_KEYWORDS } from '../../src/matchers/third-parties.js';

// The prefilter is what keeps the scan fast as the catalog grows: a file none of whose keywords
// occur is never decoded. One keyword that ordinary code spells (`ze(` of Zendesk's `zE(` inside
// every `size(` and `normalize(`, `gtag` inside every `toStringTag`, `deepl` inside `deeplink`)
// hands thousands of files to the comment blanker and the regexes. This project's own installed
// dependencies are a fixed body of ordinary JavaScript (pinned by package-lock.json) that uses no
// vendor SDK: no keyword may occur in more than 1% of its files.
const MAX_SHARE = 0.01;
/** Keywords that are broad on purpose: script and iframe tags (unlisted third parties), suppression comments. */
const BROAD = new Set([...THIRD_PARTY_KEYWORDS, IGNORE_KEYWORD]);

function codeFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) codeFiles(path, out);
    else if (entry.isFile() && /\.(?:js|mjs|cjs)$/.test(entry.name) && statSync(path).size <= 512 * 1024) out.push(path);
  }
  return out;
}

describe('prefilter keywords are selective', () => {
  it('none occurs in more than 1% of the files of ordinary JavaScript', () => {
    const catalog = buildCatalog();
    const files = codeFiles('node_modules');
    expect(files.length).toBeGreaterThan(1000);
    const counts = new Map<string, number>();
    // A host that only a path-restricted pattern names hands a file over only with a URL builder in it (hitsConcern): counted so.
    const onlyOther = (keyword: string) => !catalog.patternsByKeyword.has(keyword) && !catalog.domains.has(keyword) && !catalog.importKeywords.has(keyword) && !catalog.npmImportKeywords.has(keyword);
    const builderOnly = (keyword: string) => catalog.builderHosts.has(keyword) && !catalog.configByKeyword.has(keyword) && onlyOther(keyword);
    const js = languageOf('index.js')!;
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const keyword of keywordsIn(catalog, bytes)) {
        if (builderOnly(keyword) && !hitsConcern(catalog, 'index.js', js, new Set([keyword]), bytes)) continue;
        counts.set(keyword, (counts.get(keyword) ?? 0) + 1);
      }
    }
    // A config rule's keyword has a file to read only in the settings files the rule names (hitsConcern).
    const configOnly = (keyword: string) => catalog.configByKeyword.has(keyword) && onlyOther(keyword);
    const broad = [...counts].filter(([keyword, count]) => !BROAD.has(keyword) && !configOnly(keyword) && count / files.length > MAX_SHARE).map(([keyword, count]) => `${keyword} (${count} of ${files.length} files)`);
    expect(broad, 'make these keywords rarer (a longer literal the pattern requires)').toEqual([]);
  }, 60_000);
});
