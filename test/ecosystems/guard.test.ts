import { describe, expect, it } from 'vitest';
import { readSafely } from '../../src/ecosystems/guard.js';
import { pypiPackage } from '../../src/ecosystems/pypi/pep508.js';

describe('readSafely', () => {
  it('turns a throw into a problem and keeps what was read before it', () => {
    const result = readSafely((partial) => {
      partial.packages.push(pypiPackage('posthog', { line: 1, column: 1 }, true, false));
      throw new Error('boom');
    });
    expect(result.packages.map((entry) => entry.name)).toEqual(['posthog']);
    expect(result.problems).toEqual([{ line: 1, column: 1, message: 'could not finish reading this file: boom' }]);
  });
});
