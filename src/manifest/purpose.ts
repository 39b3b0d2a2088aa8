/**
 * A declared purpose nobody has written yet: missing, empty, or the `TODO` placeholder that
 * `init` and `declare` write. `check` reports it (purpose-missing) and the public subprocessor
 * list refuses to publish it, so one predicate decides both.
 */
export function isTodoPurpose(purpose: string | undefined): boolean {
  if (purpose === undefined) return true;
  const text = purpose.trim();
  return text === '' || /^todo\b/i.test(text);
}

/** The placeholder `init` and `declare` write for a reviewer to replace. */
export function todoPurpose(vendorName: string): string {
  return `TODO: why you send data to ${vendorName}`;
}
