import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

// A Chrome DevTools Protocol client over `--remote-debugging-pipe`: Chrome reads commands from
// file descriptor 3 and writes responses and events to descriptor 4, each message a JSON text
// ended by a NUL byte. No port is opened, nothing else on the machine can attach, and the client
// is small enough to ship inside the bundled Action (a browser-automation library cannot be
// bundled, and the Action has no node_modules at run time).
// https://chromedevtools.github.io/devtools-protocol/
// https://source.chromium.org/chromium/chromium/src/+/main:content/browser/devtools/devtools_pipe_handler.cc

/** A protocol event: its method, parameters and the session it belongs to. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** A live browser: send commands, listen to events, close. */
export interface Browser {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  on(listener: (event: CdpEvent) => void): () => void;
  close(): Promise<void>;
}

/** An error the caller shows as it is: no browser, or one that would not start. */
export type BrowserError = Error & { browser: true };

export function browserError(message: string): BrowserError {
  return Object.assign(new Error(message), { browser: true as const });
}

export function isBrowserError(value: unknown): value is BrowserError {
  return value instanceof Error && (value as Partial<BrowserError>).browser === true;
}

/** Flags every crawl runs with: headless, a throw-away profile, no traffic of Chrome's own. */
export function browserFlags(profile: string, extra: string[]): string[] {
  return [
    '--headless=new',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chrome's own background traffic (updates, safe browsing, sync) is not the site's.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
    '--disable-quic',
    '--disable-gpu',
    '--mute-audio',
    // Cross-site iframes in the page's own process, so one session sees every frame's requests.
    '--disable-site-isolation-trials',
    // ... and the URL given is the URL loaded: no automatic upgrade of http:// navigations to https://.
    '--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter,OptimizationHints,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    // Chrome refuses its sandbox as root (containers, CI images).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...extra,
    'about:blank',
  ];
}

/**
 * Starts Chrome or Chromium at `executable` and connects to it. A cold start on a loaded two-core
 * machine (CI with tests in parallel) took over 20 s: a minute before the browser counts as silent.
 */
export async function launchBrowser(executable: string, extraFlags: string[], startTimeoutMs = 60_000): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'disclosed-crawl-'));
  let child: ChildProcess;
  try {
    child = spawn(executable, browserFlags(profile, extraFlags), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], env: browserEnvironment() });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw browserError(`could not start ${executable}: ${(error as Error).message}`);
  }
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 8_000) stderr += chunk.toString('utf8');
  });

  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Set<(event: CdpEvent) => void>();
  let exited: Error | undefined;
  const fail = (error: Error) => {
    exited ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  child.on('error', (error) => fail(browserError(`could not start ${executable}: ${error.message}`)));
  child.on('exit', (code, signal) => fail(browserError(`the browser exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`)));
  input.on('error', (error) => fail(browserError(`the browser pipe closed: ${error.message}`)));

  let buffered = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end !== -1; end = buffered.indexOf('\0')) {
      const text = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      let message: { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (!waiter) continue;
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result ?? {});
        continue;
      }
      if (message.method) {
        const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
        for (const listener of listeners) listener(event);
      }
    }
  });

  const browser: Browser = {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
        input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      const gone = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      if (!exited) void browser.send('Browser.close').catch(() => undefined);
      // Chrome writes its profile until it exits: wait for that before removing the folder.
      await Promise.race([gone, delay(5_000)]);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await Promise.race([gone, delay(2_000)]);
      }
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      } catch {
        // A temporary profile left behind is not worth failing the crawl for.
      }
    },
  };

  // The first answer proves the pipe works; a browser that cannot start says why on stderr.
  try {
    await Promise.race([
      browser.send('Browser.getVersion'),
      delay(startTimeoutMs).then(() => {
        throw browserError(`the browser did not answer within ${Math.round(startTimeoutMs / 1000)} s`);
      }),
    ]);
  } catch (error) {
    await browser.close();
    throw isBrowserError(error) ? error : browserError(String(error));
  }
  return browser;
}

/**
 * The browser's environment: the runner's secrets (tokens) are never handed to a program that
 * runs the crawled site's scripts.
 */
function browserEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/TOKEN|SECRET|PASSWORD|^INPUT_|^ACTIONS_|_KEY$/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
