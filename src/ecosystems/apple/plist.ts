import type { ParseProblem } from '../../types.js';
import { childNamed, isBlank, parseXml, type XmlElement } from '../xml.js';

// XML property lists: a <plist> holding one value; a <dict> alternates <key> elements with
// value elements (<string>, <true/>, <array>, <dict>, …).
// https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/PropertyLists/UnderstandXMLPlist/UnderstandXMLPlist.html
// Binary plists (`bplist00`) are not read: Xcode keeps source plists as XML, and a binary one
// is reported so nobody mistakes silence for "no keys".

/** One `<key>` of a dict and the element after it. */
export interface DictEntry {
  key: XmlElement;
  name: string;
  value: XmlElement | undefined;
}

/** The root <dict> of a plist, or the problems that kept it from being read. */
export function readPlist(text: string): { root: XmlElement | undefined; problems: ParseProblem[] } {
  if (isBlank(text)) return { root: undefined, problems: [] };
  if (text.startsWith('bplist')) {
    return { root: undefined, problems: [{ line: 1, column: 1, message: 'binary plist not read: convert it with `plutil -convert xml1`' }] };
  }
  const { root, problems } = parseXml(text);
  if (!root) return { root, problems };
  if (root.name !== 'plist') {
    return { root: undefined, problems: [...problems, { line: root.line, column: root.column, message: `expected a <plist> root element, found <${root.name}>` }] };
  }
  return { root: childNamed(root, 'dict'), problems };
}

/** The key/value pairs of a <dict>, in document order. */
export function dictEntries(dict: XmlElement | undefined): DictEntry[] {
  const entries: DictEntry[] = [];
  const children = dict?.children ?? [];
  for (const [index, child] of children.entries()) {
    if (child.name !== 'key') continue;
    const next = children[index + 1];
    entries.push({ key: child, name: child.text.trim(), value: next?.name === 'key' ? undefined : next });
  }
  return entries;
}

/** The value of `name` in a <dict>. */
export function dictValue(dict: XmlElement | undefined, name: string): XmlElement | undefined {
  return dictEntries(dict).find((entry) => entry.name === name)?.value;
}
