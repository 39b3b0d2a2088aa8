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

describe('unreachable single files', () => {
  const tree = (extra: Record<string, string>) => ({ 'package.json': '{}', 'src/main.tsx': "import { Header } from './components/Header';\n", 'src/components/Header.tsx': '', 'src/components/shared/ChatWidget.tsx': WIDGET, ...extra });

  it('a component file whose name no other file writes is dead code', () => {
    expect(mark(tree({}), 'src/components/shared/ChatWidget.tsx').mention).toBe('unreachable-module');
  });

  it('an import, a JSX tag, a kebab-case tag or a glob over its folder each make it reachable', () => {
    for (const use of ["import ChatWidget from './shared/ChatWidget';", 'export const Page = () => <ChatWidget />;', '<template><chat-widget /></template>', "const all = import.meta.glob('./shared/*.tsx');", "const all = import.meta.glob('./components/**/*.tsx', { eager: true });"]) {
      expect(mark(tree({ 'src/components/Layout.vue': use }), 'src/components/shared/ChatWidget.tsx').mention, use).toBeUndefined();
    }
  });

  it("a workspace list or a tsconfig include over its folders loads nothing: it stays dead", () => {
    expect(mark(tree({ 'tsconfig.json': '{"include": ["src/**/*"]}', 'pnpm-workspace.yaml': "packages:\n  - 'src/*'\n" }), 'src/components/shared/ChatWidget.tsx').mention).toBe('unreachable-module');
  });

  it('entry points, files a framework loads by place and generic names are never judged alone', () => {
    for (const path of ['src/pages/chat.tsx', 'src/app/chat/page.tsx', 'src/plugins/intercom.client.ts', 'src/components/shared/index.ts', 'src/lib/client.ts', 'src/chat.ts']) {
      expect(mark(tree({ [path]: WIDGET }), path).mention, path).toBeUndefined();
    }
  });
});

describe('unused npm dependencies', () => {
  function dependency(files: Record<string, string>, vendorItems: VendorEvidence[] = []): VendorEvidence {
    const item: VendorEvidence = { vendor: 'mux', kind: 'package', ecosystem: 'npm', path: 'apps/web/package.json', line: 5, column: 5, match: '@mux/mux-node' };
    markUnreachableModules(new Map([['mux', [item, ...vendorItems]]]), { paths: () => Object.keys(files), read: (file) => files[file] });
    return item;
  }
  const declared = { 'package.json': '{"workspaces": ["apps/*"]}', 'apps/web/package.json': '{"dependencies": {"@mux/mux-node": "^8.0.0"}}', 'pnpm-workspace.yaml': "catalog:\n  '@mux/mux-node': ^8.0.0\n", 'apps/web/src/index.ts': 'export {};\n' };

  it('a dependency no file of the project imports, loads or configures is unused; its manifest and version catalog do not count', () => {
    expect(dependency(declared).mention).toBe('unused-dependency');
  });

  it('a package with native code the build links by itself is never judged (React Native, Expo, Capacitor, Cordova)', () => {
    const files = { ...declared };
    for (const name of ['@react-native-firebase/crashlytics', 'react-native-onesignal', '@sentry/react-native', 'expo-tracking-transparency', '@capacitor/push-notifications', 'cordova-plugin-firebasex']) {
      const item: VendorEvidence = { vendor: 'x', kind: 'package', ecosystem: 'npm', path: 'apps/web/package.json', line: 5, column: 5, match: name };
      markUnreachableModules(new Map([['x', [item]]]), { paths: () => Object.keys(files), read: (file) => files[file as keyof typeof files] });
      expect(item.mention, name).toBeUndefined();
    }
  });

  it('an import, a require or a configuration naming it is a use', () => {
    for (const use of ["import Mux from '@mux/mux-node';", "const Mux = require('@mux/mux-node');", "module.exports = { plugins: ['@mux/mux-node'] };"]) {
      expect(dependency({ ...declared, 'apps/web/src/video.ts': use }).mention, use).toBeUndefined();
    }
  });

  it('code in another language naming it is a use (ClojureScript), and a submodule not checked out may hold the use', () => {
    expect(dependency({ ...declared, 'apps/web/src/main/sentry.cljs': '(ns app.sentry (:require ["@mux/mux-node" :as Mux]))' }).mention).toBeUndefined();
    expect(dependency({ ...declared, '.gitmodules': '[submodule "ee"]\n\tpath = apps/web/src/ee\n\turl = git@github.com:acme/ee.git\n' }).mention).toBeUndefined();
  });

  it('other evidence of the vendor decides instead (a call in code), and a lockfile entry goes with the dependency', () => {
    const call: VendorEvidence = { vendor: 'mux', kind: 'domain', path: 'apps/web/src/upload.ts', line: 3, column: 1, match: 'api.mux.com' };
    expect(dependency(declared, [call]).mention).toBeUndefined();
    const locked: VendorEvidence = { vendor: 'mux', kind: 'package', ecosystem: 'npm', path: 'pnpm-lock.yaml', line: 40, column: 1, match: '@mux/mux-node' };
    expect(dependency(declared, [locked]).mention).toBe('unused-dependency');
    expect(locked.mention).toBe('unused-dependency');
  });
});
