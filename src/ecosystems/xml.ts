import { SaxesParser } from 'saxes';
import type { ParseProblem, Position } from '../types.js';
import { lineStarts, positionAt } from './position.js';

// A small element tree over saxes, shared by every XML format (pom.xml, AndroidManifest.xml,
// plists, MSBuild projects). saxes reports a position as the offset of the next character it
// will read, so element, attribute and text positions are recovered from those offsets: that
// keeps the columns exact where the tag or value starts, which is where an annotation belongs.
// https://github.com/lddubeau/saxes

/** An attribute value and where it starts (after the opening quote). */
export interface XmlAttribute extends Position {
  value: string;
}

/** One element: its name as written (prefix included), attributes, children and text. */
export interface XmlElement extends Position {
  name: string;
  attributes: Map<string, XmlAttribute>;
  children: XmlElement[];
  /** Character data directly inside the element, entities decoded, CDATA included. */
  text: string;
  /** Where the first non-blank character of the text starts; the element's position if none. */
  textPosition: Position;
}

/** The elements read before the end or the first error, and that error as a problem. */
export interface XmlDocument {
  root: XmlElement | undefined;
  problems: ParseProblem[];
}

/** True for a file with nothing in it but whitespace (and a byte-order mark). */
export function isBlank(text: string): boolean {
  return /^\uFEFF?\s*$/.test(text);
}

/**
 * Parses `text` into an element tree. Never throws: on malformed XML the elements opened before
 * the error stay in the tree, and the first error becomes one problem (later ones are echoes).
 */
export function parseXml(text: string): XmlDocument {
  const starts = lineStarts(text);
  const problems: ParseProblem[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let contentStart = 0;
  const parser = new SaxesParser({ position: true });

  parser.on('opentagstart', (tag) => {
    const at = Math.max(0, text.lastIndexOf('<', parser.position - 1));
    const element: XmlElement = {
      name: tag.name,
      attributes: new Map(),
      children: [],
      text: '',
      ...positionAt(starts, at),
      textPosition: positionAt(starts, at),
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('attribute', (attribute) => {
    const element = stack.at(-1);
    if (!element) return;
    // The parser stands just past the closing quote; the value cannot contain that quote.
    const end = parser.position - 1;
    const quote = text[end];
    const open = quote === '"' || quote === "'" ? text.lastIndexOf(quote, end - 1) : end;
    element.attributes.set(attribute.name, { value: attribute.value, ...positionAt(starts, open + 1) });
  });
  // saxes sends closetag for a self-closing tag too, so only closetag pops.
  parser.on('opentag', () => {
    contentStart = parser.position;
  });
  const addText = (value: string): void => {
    const element = stack.at(-1);
    if (!element) return;
    if (element.text.trim() === '' && value.trim() !== '') {
      const blank = /^\s*/.exec(text.slice(contentStart))?.[0].length ?? 0;
      element.textPosition = positionAt(starts, contentStart + blank);
    }
    element.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
    contentStart = parser.position;
  });
  parser.on('error', (error) => {
    if (problems.length > 0) return;
    const message = error.message.replace(/^(?:\d+:\d+: )/, '').replace(/\.$/, '');
    // saxes stands past the character that broke the document; point at that character.
    const at = positionAt(starts, Math.max(0, Math.min(parser.position, text.length) - 1));
    problems.push({ ...at, message: `not valid XML: ${message}` });
  });

  try {
    parser.write(text).close();
  } catch (error) {
    // saxes reports through the error handler; this only guards against an internal failure.
    if (problems.length === 0) problems.push({ line: 1, column: 1, message: `not valid XML: ${String(error)}` });
  }
  return { root, problems };
}

/** Direct children of `element` with the given name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child) => child.name === name);
}

/** The first direct child of `element` with the given name. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/**
 * Every element under `element` (itself included), depth first, in document order. An explicit
 * stack, not recursion: a hostile file nests elements thousands deep.
 */
export function* descendants(element: XmlElement | undefined): Generator<XmlElement> {
  const stack = element ? [element] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}
