/**
 * Elixir source with `#` comments blanked to spaces (offsets and lines kept). A `#` inside a
 * double-quoted string or a `~s`-style sigil on the same line is not a comment; a string never
 * spans lines in the dependency lists read here (heredocs are docs, not dependency tuples).
 * https://hexdocs.pm/elixir/syntax-reference.html#comments
 */
export function blankElixirComments(text: string): string {
  let out = '';
  let inString = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      inString = false;
      continue;
    }
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    // `?#` is the character literal of `#`, not a comment.
    if (char === '#' && text[i - 1] !== '?') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += text.slice(from, i) + ' '.repeat(stop - i);
      from = stop;
      i = stop - 1;
    }
  }
  return out + text.slice(from);
}
