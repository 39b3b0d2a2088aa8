import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workingTreeSource } from '../../src/files/source.js';

// A folder outside git is nearly always an export (`git archive`, a release tarball): its files
// are the tracked ones, whatever its .gitignore says.

const dir = mkdtempSync(join(tmpdir(), 'disclosed-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a walk outside git', () => {
  it('lists a committed file its .gitignore names (a generated config checked in on purpose)', () => {
    mkdirSync(join(dir, 'src', 'graphql'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\nsrc/graphql/config.js\n*.log\n');
    writeFileSync(join(dir, 'src', 'graphql', 'config.js'), "exports.config = { url: 'https://api.thegraph.com/subgraphs/name/ensdomains/ens' };\n");
    writeFileSync(join(dir, 'src', 'graphql', '.gitignore'), '*\n');
    writeFileSync(join(dir, 'debug.log'), 'log\n');
    writeFileSync(join(dir, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
    const paths = workingTreeSource(dir)
      .list()
      .map((file) => file.path)
      .sort();
    expect(paths).toEqual(['.gitignore', 'debug.log', 'src/graphql/.gitignore', 'src/graphql/config.js']);
  });
});
