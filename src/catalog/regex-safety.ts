// Catalog and user-supplied patterns run on every file of a repository, so a pattern that can
// backtrack catastrophically would let one crafted file stall a scan. This static check refuses
// the constructs that cause it (a quantified group whose body can itself repeat without bound:
// `(a+)+`, `(\w*x)*`, `(a|ab){2,}`), and unbounded wildcards the README asks authors to bound.
// https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS

const UNBOUNDED = /(?:[+*]|\{\d+,\})/;

/** Reasons a pattern is unsafe or invalid; empty when it may be used. */
export function checkPatternSafety(pattern: string): string[] {
  const problems: string[] = [];
  try {
    new RegExp(pattern, 'gm');
  } catch (error) {
    return [`invalid regular expression: ${(error as Error).message}`];
  }
  if (/(?<!\\)\.[*+]/.test(stripClasses(pattern))) problems.push('unbounded `.*` or `.+`: bound it, e.g. `[^\'"]{0,80}`');
  if (hasNestedQuantifier(pattern)) problems.push('a repeated group contains an unbounded repetition (catastrophic backtracking): bound the inner or the outer repetition');
  return problems;
}

/** Remove escaped characters and character classes, which cannot nest quantifiers. */
function stripClasses(pattern: string): string {
  return pattern.replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
}

function hasNestedQuantifier(pattern: string): boolean {
  const source = stripClasses(pattern);
  const stack: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') stack.push(i);
    if (ch !== ')') continue;
    const start = stack.pop();
    if (start === undefined) continue;
    const body = source.slice(start + 1, i).replace(/^\?(?:[:=!]|<[=!]|<[A-Za-z_]\w*>)/, '');
    const after = source.slice(i + 1, i + 8);
    const outerUnbounded = /^(?:[+*]|\{\d+,\})/.test(after);
    // Any count above one repeats the body: `([^b]*a){20}` backtracks as badly as `(…)+`.
    const count = /^\{(?<min>\d+)(?:,(?<max>\d+))?\}/.exec(after)?.groups;
    const outerRepeats = outerUnbounded || (count !== undefined && Number(count.max ?? count.min) > 1);
    if (outerRepeats && UNBOUNDED.test(body)) return true;
    if (outerUnbounded && body.includes('|')) return true;
  }
  return false;
}
