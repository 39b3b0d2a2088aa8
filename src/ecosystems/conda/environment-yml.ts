import { isMap, isScalar, isSeq } from 'yaml';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { parseYamlMap } from '../pub/yaml.js';
import { pypiPackage, requirementName } from '../pypi/pep508.js';

// conda environment files: `dependencies:` lists conda package specs (`channel::name=1.2=build`,
// `name>=1.2`) and may hold a `pip:` list of PEP 508 requirements.
// https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#create-env-file-manually
// https://docs.conda.io/projects/conda-build/en/latest/resources/package-spec.html#package-match-specifications
// conda-forge packages a Python library under its PyPI name (`sentry-sdk`, `posthog`), so conda
// names are read as PyPI names; the catalog's PyPI signatures apply to both.

// A match spec's name: after an optional `channel::` or `channel/subdir::`, up to the first
// version operator, space or bracket.
const CONDA_SPEC = /^(?:[^\s:]+::)?(?<name>[A-Za-z0-9_][A-Za-z0-9_.-]*)/;

function readEnvironment(text: string, result: ParseResult): void {
  const root = parseYamlMap(text, result);
  if (!root) return;
  const dependencies = root.get('dependencies', true);
  if (!isSeq(dependencies)) return;
  const starts = lineStarts(text);
  for (const item of dependencies.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.range) {
      const name = CONDA_SPEC.exec(item.value.trim())?.groups?.['name'];
      // `python` and `pip` are the interpreter and installer, not libraries.
      if (!name || name === 'python' || name === 'pip') continue;
      const offset = item.range[0] + Math.max(0, text.slice(item.range[0], item.range[1]).indexOf(name));
      result.packages.push(pypiPackage(name, positionAt(starts, offset), true, false));
      continue;
    }
    if (!isMap(item)) continue;
    const pip = item.get('pip', true);
    if (!isSeq(pip)) continue;
    for (const requirement of pip.items) {
      if (!isScalar(requirement) || typeof requirement.value !== 'string' || !requirement.range) continue;
      const parsed = requirementName(requirement.value);
      if (!parsed) continue;
      const source = text.slice(requirement.range[0], requirement.range[1]);
      const offset = requirement.range[0] + Math.max(0, source.indexOf(parsed.name));
      result.packages.push(pypiPackage(parsed.name, positionAt(starts, offset), true, false));
    }
  }
}

/** conda environment files (environment.yml, conda.yaml): conda and pip dependencies, as PyPI names. */
export const environmentYmlParser: FileParser = {
  id: 'conda/environment-yml',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => /^(?:environment|conda)(?:[-_.][\w-]+)?\.ya?ml$/.test(name),
  parse: (text) => readSafely((result) => readEnvironment(text, result)),
};
