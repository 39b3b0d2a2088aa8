import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { blankComments } from '../../src/matchers/comments.js';
import { languageOf } from '../../src/matchers/languages.js';

// Stylesheets load fonts and images from vendors' hosts: `@import url(...)` of Google Fonts or an
// Adobe Fonts kit, a background image from an image CDN. CSS, Sass, Less and Stylus files are read
// for catalog hosts (as configuration is: no code patterns), with their block comments blanked.

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'repos', 'stylesheets');

describe('stylesheets', async () => {
  const run = await runCli(['check', '.', '--format', 'json', '--no-cache'], { cwd: FIXTURE });
  const json = JSON.parse(run.stdout) as {
    detections: { vendor: string; evidence: { path: string; line: number; kind: string; context: string }[] }[];
    findings: { rule: string; vendor?: string; location: { path: string; line: number } }[];
  };
  const rows = (vendor: string) => json.detections.find((item) => item.vendor === vendor)?.evidence.map((item) => `${item.kind} ${item.path}:${item.line} ${item.context}`);

  it('finds a font import, a font kit and a CDN image, each in its own stylesheet syntax', () => {
    expect(rows('google-fonts')).toEqual(['domain app/styles/main.css:1 runtime']);
    expect(rows('adobe-fonts')).toEqual(['domain app/styles/theme.scss:2 runtime']);
    expect(rows('cloudinary')).toEqual(['domain app/styles/hero.less:4 runtime']);
  });

  it('reads nothing from a commented-out import, and fails on the undeclared ones only', () => {
    expect(json.detections.flatMap((item) => item.evidence).some((item) => item.path === 'app/styles/legacy.css')).toBe(false);
    expect(json.findings.map((finding) => `${finding.rule} ${finding.vendor} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'undeclared-vendor cloudinary app/styles/hero.less:4',
      'undeclared-vendor adobe-fonts app/styles/theme.scss:2',
    ]);
    expect(run.code).toBe(1);
  });

  it('blanks block comments but keeps the // of a URL', () => {
    expect(languageOf('web/theme/site.scss')).toEqual({ language: 'config', comments: 'css' });
    const css = "/* @import url('https://a.example/x.css'); */\n.a { background: url(https://res.cloudinary.com/x.jpg); }";
    const blanked = blankComments(css, 'css');
    expect(blanked).not.toContain('a.example');
    expect(blanked).toContain('url(https://res.cloudinary.com/x.jpg)');
    expect(blanked).toHaveLength(css.length);
  });
});
