import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// Mutations of realistic seeds: what a truncated download, a bad merge, an editor with another
// encoding or a hostile pull request does to a file. Each works on bytes, as files are read.

/** Every file under `dir`, recursively, as bytes. */
export function seedsUnder(dir: string): Buffer[] {
  const out: Buffer[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(readFileSync(path));
    }
  };
  visit(dir);
  return out;
}

const NESTS: { open: string; close: string }[] = [
  { open: '[', close: ']' },
  { open: '{"a":', close: '}' },
  { open: '{', close: '}' },
  { open: '<a>', close: '</a>' },
  { open: '(', close: ')' },
  { open: 'a = {b=', close: '}' },
  { open: '- ', close: '' },
  { open: 'x: [', close: ']' },
  { open: 'dependencies {', close: '}' },
];

const HUGE_NUMBERS = ['1e999', '-1e999', '9'.repeat(400), '0x' + 'f'.repeat(40), '1.7976931348623157e309', 'NaN', '-0', '1_000_000', '4294967296', '-9007199254740993'];
const WRONG_TYPES = ['[]', '{}', 'null', 'true', '0', '""', '[1, {"a": [null]}]', '{"a": {"b": {}}}', '~', '!!binary aGk=', '*alias', '&anchor x', "'", '"'];
const BAD_BYTES = [[0x00], [0xff], [0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80, 0xa8], [0xef, 0xbb, 0xbf], [0x0d], [0x1b, 0x5b, 0x32, 0x4a]];

/** One mutation, as data fast-check can generate and shrink. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'bytes'; at: number; which: number }
  | { kind: 'bom' }
  | { kind: 'crlf'; lone: boolean }
  | { kind: 'nul'; at: number }
  | { kind: 'long-line'; at: number; length: number; from: number }
  | { kind: 'nest'; at: number; depth: number; which: number }
  | { kind: 'blanks'; at: number; length: number; tab: boolean }
  | { kind: 'number'; at: number; which: number }
  | { kind: 'wrong-type'; at: number; which: number }
  | { kind: 'splice'; from: number; length: number; at: number; times: number }
  | { kind: 'text'; at: number; text: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('flip' as const), at: position, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: position, which: fc.nat({ max: BAD_BYTES.length - 1 }) }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('crlf' as const), lone: fc.boolean() }),
  fc.record({ kind: fc.constant('nul' as const), at: position }),
  fc.record({ kind: fc.constant('long-line' as const), at: position, length: fc.integer({ min: 1_000, max: 200_000 }), from: position }),
  fc.record({ kind: fc.constant('nest' as const), at: position, depth: fc.oneof(fc.integer({ min: 10, max: 300 }), fc.constant(10_000)), which: fc.nat({ max: NESTS.length - 1 }) }),
  fc.record({ kind: fc.constant('blanks' as const), at: position, length: fc.integer({ min: 1_000, max: 100_000 }), tab: fc.boolean() }),
  fc.record({ kind: fc.constant('number' as const), at: position, which: fc.nat({ max: HUGE_NUMBERS.length - 1 }) }),
  fc.record({ kind: fc.constant('wrong-type' as const), at: position, which: fc.nat({ max: WRONG_TYPES.length - 1 }) }),
  fc.record({ kind: fc.constant('splice' as const), from: position, length: fc.integer({ min: 1, max: 400 }), at: position, times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('text' as const), at: position, text: fc.string({ unit: 'binary', maxLength: 40 }) }),
);

const index = (bytes: Buffer, at: number): number => Math.min(bytes.length, Math.floor(at * (bytes.length + 1)));
const insert = (bytes: Buffer, at: number, part: Buffer | string): Buffer => {
  const i = index(bytes, at);
  return Buffer.concat([bytes.subarray(0, i), typeof part === 'string' ? Buffer.from(part) : part, bytes.subarray(i)]);
};

/** Apply one mutation to a file's bytes. */
export function mutate(bytes: Buffer, mutation: Mutation): Buffer {
  switch (mutation.kind) {
    case 'truncate':
      return bytes.subarray(0, index(bytes, mutation.at));
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      const i = Math.min(out.length - 1, index(out, mutation.at));
      out[i] = out[i]! ^ mutation.xor;
      return out;
    }
    case 'bytes':
      return insert(bytes, mutation.at, Buffer.from(BAD_BYTES[mutation.which]!));
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'crlf':
      return Buffer.from(bytes.toString('latin1').replace(/\n/g, mutation.lone ? '\r' : '\r\n'), 'latin1');
    case 'nul':
      return insert(bytes, mutation.at, Buffer.from([0]));
    case 'long-line': {
      // A long run of the seed's own text with its line breaks removed: minified, or one huge string.
      const start = index(bytes, mutation.from);
      const sample = bytes.subarray(start, start + 64).toString('latin1').replace(/[\r\n]/g, ' ') || 'a';
      return insert(bytes, mutation.at, Buffer.from(sample.repeat(Math.ceil(mutation.length / sample.length)).slice(0, mutation.length), 'latin1'));
    }
    case 'nest': {
      const nest = NESTS[mutation.which]!;
      return insert(bytes, mutation.at, nest.open.repeat(mutation.depth) + 'x' + nest.close.repeat(mutation.depth));
    }
    case 'blanks':
      // Long runs of blanks are what makes `\s*…\s+` regexes backtrack.
      return insert(bytes, mutation.at, (mutation.tab ? ' \t' : ' ').repeat(mutation.length));
    case 'number': {
      const text = bytes.toString('latin1');
      const digits = /\d+(?:\.\d+)?/g;
      const all = [...text.matchAll(digits)];
      const hit = all[Math.min(all.length - 1, Math.floor(mutation.at * all.length))];
      if (!hit) return insert(bytes, mutation.at, HUGE_NUMBERS[mutation.which]!);
      return Buffer.from(text.slice(0, hit.index) + HUGE_NUMBERS[mutation.which]! + text.slice(hit.index + hit[0].length), 'latin1');
    }
    case 'wrong-type': {
      // Replace the value after a `:` or `=` (JSON, YAML, TOML) with a value of another type.
      const text = bytes.toString('latin1');
      const all = [...text.matchAll(/[:=][ \t]*(?<value>"[^"\n]*"|'[^'\n]*'|[^\s,}\]]+|\{|\[)/g)];
      const hit = all[Math.min(all.length - 1, Math.floor(mutation.at * all.length))];
      if (!hit?.groups) return insert(bytes, mutation.at, WRONG_TYPES[mutation.which]!);
      const start = hit.index + hit[0].length - hit.groups.value!.length;
      return Buffer.from(text.slice(0, start) + WRONG_TYPES[mutation.which]! + text.slice(start + hit.groups.value!.length), 'latin1');
    }
    case 'splice': {
      const from = index(bytes, mutation.from);
      const part = bytes.subarray(from, from + mutation.length);
      return insert(bytes, mutation.at, Buffer.concat(Array.from({ length: mutation.times }, () => part)));
    }
    case 'text':
      return insert(bytes, mutation.at, mutation.text);
  }
}

/** A seed, or one of them, with up to three mutations applied; sometimes pure noise. */
export function mutatedInput(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  const mutated = fc
    .tuple(fc.nat({ max: Math.max(0, seeds.length - 1) }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([which, mutations]) => mutations.reduce((bytes, mutation) => mutate(bytes, mutation), seeds[which] ?? Buffer.alloc(0)));
  const noise = fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes));
  const text = fc.string({ unit: 'grapheme', maxLength: 500 }).map((value) => Buffer.from(value));
  return fc.oneof({ arbitrary: mutated, weight: 8 }, { arbitrary: noise, weight: 1 }, { arbitrary: text, weight: 1 });
}
