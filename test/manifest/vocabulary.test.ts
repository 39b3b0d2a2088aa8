import { describe, expect, it } from 'vitest';
import { isConfigErrorList } from '../../src/config-errors.js';
import { parseManifest } from '../../src/manifest/load.js';
import { dataLabel, isLocationCode, locationCodes, locationName, suggestLocationCode } from '../../src/manifest/vocabulary.js';

const entry = (lines: string[]) => ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Card payments', ...lines.map((line) => `    ${line}`)].join('\n');

function problems(text: string): string[] {
  try {
    parseManifest(text, 'subprocessors.yml');
    return [];
  } catch (error) {
    if (!isConfigErrorList(error)) throw error;
    return error.errors.map((problem) => `${problem.line}: ${problem.message}${problem.suggestion ? ` (${problem.suggestion})` : ''}`);
  }
}

describe('manifest fields a lawyer records', () => {
  it('reads data, location, transfer and approval; a single code or mechanism is a list of one', () => {
    const manifest = parseManifest(entry(['data: [payment-data, card fingerprints]', 'location: US', 'transfer: scc', 'approved-by: Dana Privacy (DPO)', 'approved-on: 2026-09-01']), 'subprocessors.yml');
    expect(manifest.subprocessors[0]).toMatchObject({ data: ['payment-data', 'card fingerprints'], location: ['US'], transfer: ['scc'], 'approved-by': 'Dana Privacy (DPO)', 'approved-on': '2026-09-01' });
    expect(parseManifest(entry(['location: [EU, EEA, DE]', 'transfer: [dpf, scc, adequacy, bcr]']), 'subprocessors.yml').subprocessors[0]).toMatchObject({ location: ['EU', 'EEA', 'DE'], transfer: ['dpf', 'scc', 'adequacy', 'bcr'] });
  });

  it('reads the placeholders init writes, uncommented, as they stand', () => {
    const manifest = parseManifest(entry(['data: [usage-data]', 'location: [US]', 'transfer: [scc]']), 'subprocessors.yml');
    expect(manifest.subprocessors[0]).toMatchObject({ data: ['usage-data'], location: ['US'], transfer: ['scc'] });
  });

  it('refuses free text and unknown codes as a location, with the code meant', () => {
    expect(problems(entry(['location: United States']))).toEqual(['5: "United States" is not a country code: location takes ISO 3166-1 alpha-2 codes, EU or EEA (did you mean "US"? e.g. `location: [US]`)']);
    expect(problems(entry(['location: [DE, UK]']))).toEqual(['5: "UK" is not a country code: location takes ISO 3166-1 alpha-2 codes, EU or EEA (did you mean "GB"? e.g. `location: [GB]`)']);
    expect(problems(entry(['location: [XX]']))).toEqual(['5: "XX" is not a country code: location takes ISO 3166-1 alpha-2 codes, EU or EEA (write codes such as `location: [US]` or `location: [DE, IE]`)']);
    expect(problems(entry(['location: [us]']))[0]).toContain('did you mean "US"?');
  });

  it('refuses an unknown transfer mechanism and an impossible approval date', () => {
    expect(problems(entry(['transfer: [scc, dfp]']))).toEqual(['5: unknown transfer mechanism "dfp": expected one of scc, dpf, adequacy, bcr, other (did you mean "dpf"?)']);
    expect(problems(entry(['approved-on: 2026-02-30']))).toEqual(['5: approved-on must be a real date (YYYY-MM-DD), not "2026-02-30": February 2026 has 28 days (did you mean 2026-02-28?)']);
    expect(problems(entry(['approved-on: "1 Sept 2026"']))[0]).toMatch(/^5: .*approved-on/);
  });
});

describe('vocabulary', () => {
  it('labels data ids and shows free additions as written', () => {
    expect(dataLabel('contact-details')).toBe('Contact details');
    expect(dataLabel('browsing history')).toBe('browsing history');
  });

  it('knows ISO 3166-1 alpha-2 codes, EU and EEA, and their names', () => {
    expect(['US', 'DE', 'GB', 'IE', 'EU', 'EEA'].every(isLocationCode)).toBe(true);
    expect(['UK', 'XX', 'USA', 'us'].some(isLocationCode)).toBe(false);
    expect(locationName('US')).toBe('United States');
    expect(locationName('EEA')).toBe('European Economic Area');
    expect(suggestLocationCode('Germany')).toBe('DE');
    expect(suggestLocationCode('the United Kingdom')).toBe('GB');
    expect(suggestLocationCode('Atlantis')).toBeUndefined();
    expect(locationCodes('Germany and Ireland')).toEqual(['DE', 'IE']);
    expect(locationCodes('EU (Frankfurt)')).toBeUndefined();
  });
});
