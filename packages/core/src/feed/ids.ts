/** What an id in a feed may be: letters, digits, "-", "_", "." or ":", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * An id made from a name that may not be one, such as DfE's "16-17_not known_NEET": lower case,
 * each run of other characters one "-" ("16-17-not-known-neet"). Importers use it and say so.
 */
export function idFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
