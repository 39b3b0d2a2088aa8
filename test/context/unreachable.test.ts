import { describe, expect, it } from 'vitest';
import { markUnreachableModules } from '../../src/context/unreachable.js';
import type { VendorEvidence } from '../../src/types.js';

// The reachability test on in-memory trees: which folders are module folders, and what counts as
// a reference. A wrong "unreachable" hides a real integration, so every doubt keeps the module.

function hostIn(path: string): VendorEvidence {
  return { vendor: 'intercom', kind: 'domain', path, line: 1, column: 1, match: 'widget.intercom.io' };
}

function mark(files: Record<string, string>, path: string): VendorEvidence {
  const item = hostIn(path);
  markUnreachableModules(new Map([['intercom', [item]]]), { paths: () => Object.keys(files), read: (file) => files[file] });
  return item;
}

const WIDGET = "export const src = 'https://widget.intercom.io/widget/abc';\n";

describe('unreachable module folders', () => {
  it('a barrel folder nothing names is dead code', () => {
    const item = mark({ 'package.json': '{}', 'src/main.ts': "import './features/search';\n", 'src/features/chat/index.ts': "export * from './widget';\n", 'src/features/chat/widget.ts': WIDGET, 'src/features/search/index.ts': '' }, 'src/features/chat/widget.ts');
    expect(item.mention).toBe('unreachable-module');
  });

  it('a relative import, a require and a lazy import each make it reachable', () => {
    for (const use of ["import { Chat } from '../features/chat';", "const chat = require('./features/chat/index.js');", "const Chat = lazy(() => import('@/features/chat'));"]) {
      const item = mark({ 'package.json': '{}', 'src/main.ts': use, 'src/features/chat/index.ts': '', 'src/features/chat/widget.ts': WIDGET }, 'src/features/chat/widget.ts');
      expect(item.mention, use).toBeUndefined();
    }
  });

  it('a template import, a glob or a directory loader of the parent folder reaches every child', () => {
    for (const use of ['const load = (name) => import(`./features/${name}/index.ts`);', "const modules = import.meta.glob('./features/*/index.ts', { eager: true });", "const context = require.context('./features', true, /index\\.js$/);"]) {
      const item = mark({ 'package.json': '{}', 'src/main.ts': use, 'src/features/chat/index.ts': '', 'src/features/chat/widget.ts': WIDGET }, 'src/features/chat/widget.ts');
      expect(item.mention, use).toBeUndefined();
    }
  });

  it('routed and auto-imported folders, and the first level below a package root, are never module folders', () => {
    for (const path of ['pages/chat/index.ts', 'src/pages/chat/index.ts', 'app/chat/index.ts', 'composables/chat/index.ts', 'src/components/chat/index.ts', 'lib/index.ts', 'packages/chat/src/index.ts']) {
      const item = mark({ 'package.json': '{}', 'packages/chat/package.json': '{}', [path]: WIDGET }, path);
      expect(item.mention, path).toBeUndefined();
    }
  });

  it('code under no package.json, and source roots such as a workspace package\'s src/, are not judged', () => {
    const bare = mark({ 'src/main.ts': '', 'src/features/chat/index.ts': '', 'src/features/chat/widget.ts': WIDGET }, 'src/features/chat/widget.ts');
    expect(bare.mention).toBeUndefined();
    const workspace = mark({ 'package.json': '{}', 'packages/web/src/main.ts': '', 'packages/api/src/index.ts': '', 'packages/api/src/track.ts': WIDGET }, 'packages/api/src/track.ts');
    expect(workspace.mention).toBeUndefined();
  });

  it('only the module\'s own project is read: a project beside it, under its own package.json, is not', () => {
    const files: Record<string, string> = { 'app/package.json': '{}', 'app/src/main.ts': '', 'app/src/features/chat/index.ts': '', 'app/src/features/chat/widget.ts': WIDGET, 'other/package.json': '{}' };
    const item = hostIn('app/src/features/chat/widget.ts');
    // other/src/index.ts cannot be read: were it read, nothing would be marked.
    markUnreachableModules(new Map([['intercom', [item]]]), { paths: () => [...Object.keys(files), 'other/src/index.ts'], read: (file) => files[file] });
    expect(item.mention).toBe('unreachable-module');
  });

  it('a project beside it that names a folder of the same name does not reach the module', () => {
    const item = mark({ 'app/package.json': '{}', 'app/src/main.ts': '', 'app/src/features/chat/index.ts': '', 'app/src/features/chat/widget.ts': WIDGET, 'other/package.json': '{}', 'other/src/main.ts': "import { chat } from './features/chat';" }, 'app/src/features/chat/widget.ts');
    expect(item.mention).toBe('unreachable-module');
  });

  it('a file that cannot be read might be the importer: nothing is marked', () => {
    const files: Record<string, string> = { 'package.json': '{}', 'src/main.ts': '', 'src/features/chat/index.ts': '', 'src/features/chat/widget.ts': WIDGET };
    const item = hostIn('src/features/chat/widget.ts');
    markUnreachableModules(new Map([['intercom', [item]]]), { paths: () => [...Object.keys(files), 'src/broken.ts'], read: (file) => files[file] });
    expect(item.mention).toBeUndefined();
  });
});
