import { describe, expect, it } from 'vitest';
import { denoJsonParser } from '../../../src/ecosystems/npm/deno-json.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (text: string, path = 'supabase/functions/deno.json') => denoJsonParser.parse(text, path);

describe('npm/deno-json', () => {
  it('claims deno.json, deno.jsonc and import maps, not look-alikes', () => {
    for (const path of ['deno.json', 'deno.jsonc', 'supabase/functions/import_map.json', 'web/importmap.json', 'import-map.json']) {
      expect(denoJsonParser.claims(path)).toBe(true);
    }
    for (const path of ['deno.lock', 'deno.json.bak', 'package.json', 'my_import_map.json']) expect(denoJsonParser.claims(path)).toBe(false);
  });

  it('reads npm:, jsr: and package-CDN specifiers of imports and scopes (JSONC), at the value', () => {
    const { packages, problems } = parse(readFixture('deno-json', 'deno.json'));
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual(['@supabase/supabase-js', 'openai', 'posthog-node', 'resend', 'stripe']);
    expect(byName(packages, 'stripe')).toMatchObject({ line: 4, column: 16, direct: true, dev: false });
    expect(byName(packages, 'openai')).toMatchObject({ line: 13, direct: true });
  });

  it('names no package for local paths and deno.land modules', () => {
    const { packages } = parse('{"imports": {"utils/": "./utils/", "oak": "https://deno.land/x/oak@v12.6.1/mod.ts", "x": 3}}');
    expect(packages).toEqual([]);
  });

  it('reports a broken file as a located problem and keeps what it read', () => {
    const { packages, problems } = parse('{\n  "imports": {\n    "resend": "npm:resend@4"\n    "stripe": "npm:stripe@14"\n  }\n}');
    expect(names(packages)).toEqual(['resend', 'stripe']);
    expect(problems[0]).toMatchObject({ line: 4 });
  });

  it('never throws on odd input', () => {
    for (const text of ['', '[]', '"imports"', '{"imports": []}', '{"scopes": {"a": 1}}', '\u0000\u0001', '{"imports": {"a": "npm:"}}']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});
