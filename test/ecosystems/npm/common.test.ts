import { describe, expect, it } from 'vitest';
import { mergeOccurrences, npmAliasTarget, npmUrlPackage, parseSafely, specifierPackage, splitSpecifier } from '../../../src/ecosystems/npm/common.js';

describe('npm parser helpers', () => {
  it('turns an exception into a problem and keeps what was found before it', () => {
    const result = parseSafely('x', (_text, found) => {
      found.push({ name: 'posthog-js', line: 3, column: 5, direct: true, dev: false });
      throw new Error('boom');
    });
    expect(result.packages).toMatchObject([{ name: 'posthog-js', line: 3 }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(result.problems[0]!.message).toContain('boom');
  });

  it('does not run the body on a blank file', () => {
    expect(parseSafely(' \n\t\n', () => {
      throw new Error('should not run');
    })).toEqual({ packages: [], problems: [] });
  });

  it('merges occurrences: first position, direct if any, dev only if every known group is dev', () => {
    const merged = mergeOccurrences([
      { name: 'react', line: 1, column: 1, direct: false, dev: true },
      { name: 'vitest', line: 2, column: 1, direct: true, dev: true },
      { name: 'react', line: 3, column: 1, direct: true, dev: false },
      { name: 'vitest', line: 4, column: 1, direct: false },
      { name: 'dset', line: 5, column: 1, direct: false },
    ]);
    expect(merged).toEqual([
      { ecosystem: 'npm', name: 'react', line: 1, column: 1, direct: true, dev: false },
      { ecosystem: 'npm', name: 'vitest', line: 2, column: 1, direct: true, dev: true },
      { ecosystem: 'npm', name: 'dset', line: 5, column: 1, direct: false, dev: false },
    ]);
  });

  it('splits specifiers after the name, scoped names included', () => {
    expect(splitSpecifier('@segment/analytics-next@^1.70.0')).toEqual({
      name: '@segment/analytics-next',
      range: '^1.70.0',
    });
    expect(splitSpecifier('posthog-js@npm:^1.0.0')).toEqual({ name: 'posthog-js', range: 'npm:^1.0.0' });
    expect(splitSpecifier('@sentry/react')).toBeUndefined();
  });

  it('finds the package behind npm: aliases, not behind npm: ranges', () => {
    expect(npmAliasTarget('npm:posthog-js@^1')).toBe('posthog-js');
    expect(npmAliasTarget('npm:@sentry/react@8.9.0')).toBe('@sentry/react');
    expect(npmAliasTarget('npm:^1.0.0')).toBeUndefined();
    expect(npmAliasTarget('npm:latest')).toBeUndefined();
    expect(npmAliasTarget('npm:posthog-js', true)).toBe('posthog-js');
    expect(npmAliasTarget('npm:1.2.3', true)).toBeUndefined();
    expect(npmAliasTarget('^1.0.0')).toBeUndefined();
  });

  it('reads the package a URL range names, and nothing from a URL that names none', () => {
    expect(npmUrlPackage('https://registry.npmjs.org/posthog-js/-/posthog-js-1.2.3.tgz')).toBe('posthog-js');
    expect(npmUrlPackage('https://registry.npmjs.org/@sentry/browser/-/browser-8.9.0.tgz')).toBe('@sentry/browser');
    expect(npmUrlPackage('https://npm.pkg.github.com/@acme%2fpixel/-/pixel-0.3.0.tgz')).toBe('@acme/pixel');
    expect(npmUrlPackage('https://cdn.jsdelivr.net/npm/posthog-js@1/dist/array.js')).toBe('posthog-js');
    expect(npmUrlPackage('https://unpkg.com/@segment/analytics-next@1.70.0')).toBe('@segment/analytics-next');
    expect(npmUrlPackage('https://esm.sh/posthog-js')).toBe('posthog-js');
    expect(npmUrlPackage('https://cdn.jsdelivr.net/gh/acme/tool@1/tool.tgz')).toBeUndefined();
    expect(npmUrlPackage('https://example.com/files/thing.tgz')).toBeUndefined();
    expect(npmUrlPackage('https://registry.npmjs.org/posthog-js/-/other-1.0.0.tgz')).toBeUndefined();
    expect(npmUrlPackage('github:PostHog/posthog-js')).toBeUndefined();
    expect(npmUrlPackage('^1.2.3')).toBeUndefined();
  });

  it('reads the package of esm.sh build paths, JSR paths and JSPM URLs', () => {
    expect(npmUrlPackage('https://esm.sh/v135/stripe@14.21.0/es2022/stripe.mjs')).toBe('stripe');
    expect(npmUrlPackage('https://esm.sh/stable/posthog-js@1')).toBe('posthog-js');
    expect(npmUrlPackage('https://esm.sh/jsr/@supabase/supabase-js@2')).toBe('@supabase/supabase-js');
    expect(npmUrlPackage('https://ga.jspm.io/npm:@sentry/browser@8.9.0/build/npm/esm/index.js')).toBe('@sentry/browser');
    expect(npmUrlPackage('https://jspm.dev/mixpanel-browser')).toBe('mixpanel-browser');
    expect(npmUrlPackage('https://ga.jspm.io/github:acme/tool@1/x.js')).toBeUndefined();
  });

  it('reads the package of Deno npm: and jsr: specifiers and CDN URLs, and none of other specifiers', () => {
    expect(specifierPackage('npm:resend@4.0.0')).toBe('resend');
    expect(specifierPackage('npm:@sentry/deno@8.9.0/integrations')).toBe('@sentry/deno');
    expect(specifierPackage('npm:/openai')).toBe('openai');
    expect(specifierPackage('jsr:@supabase/supabase-js@2')).toBe('@supabase/supabase-js');
    expect(specifierPackage('https://esm.sh/stripe@14?target=deno')).toBe('stripe');
    expect(specifierPackage('node:fs')).toBeUndefined();
    expect(specifierPackage('npm:')).toBeUndefined();
    expect(specifierPackage('https://deno.land/x/oak@v12.6.1/mod.ts')).toBeUndefined();
    expect(specifierPackage('./stripe.ts')).toBeUndefined();
  });
});
