/**
 * Scala source with line and block comments blanked to spaces (offsets and lines kept); string
 * literals are skipped so that `"https://..."` is not a comment. An unterminated block comment
 * blanks nothing: the rest is read as code rather than hidden.
 * https://scala-lang.org/files/archive/spec/2.13/01-lexical-syntax.html#comments
 */
export function blankScalaComments(text: string): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (char !== '/') continue;
    if (text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n'; i++) out[i] = ' ';
      continue;
    }
    if (text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) continue;
      for (let j = i; j < end + 2; j++) if (text[j] !== '\n') out[j] = ' ';
      i = end + 1;
    }
  }
  return out.join('');
}
