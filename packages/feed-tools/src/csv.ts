/**
 * RFC 4180 CSV, parsed as it arrives: quoted fields may hold commas, quotes ("") and line breaks;
 * a byte-order mark is dropped. Rows are handed out as soon as they are complete, so a file of a
 * million rows is never held parsed in memory.
 */
export class CsvParser {
  #buf = '';
  #first = true;
  #rows = 0;
  /** A quote left open at the last chunk: until another quote arrives, there is nothing to parse. */
  #open = false;
  /** Where a quote opened and was never closed (row from 1, column from 0): the rest of the text fell into that cell. */
  unclosed?: { row: number; column: number };

  /** The rows completed by this chunk. */
  push(chunk: string): string[][] {
    this.#buf += this.#first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    this.#first = false;
    if (this.#open && !chunk.includes('"')) return [];
    return this.#parse(false);
  }

  /** The last row, when the text does not end with a line break. */
  end(): string[][] {
    return this.#parse(true);
  }

  #parse(final: boolean): string[][] {
    const s = this.#buf;
    const rows: string[][] = [];
    let rowStart = 0;
    let i = 0;
    let row: string[] = [];
    const n = s.length;
    this.#open = false;
    outer: while (i < n) {
      // One field from i.
      let field: string;
      if (s.charCodeAt(i) === 34) {
        field = '';
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0) {
            if (!final) {
              this.#open = true;
              break outer;
            }
            this.unclosed = { row: this.#rows + rows.length + 1, column: row.length };
            field += s.slice(j);
            i = n;
            break;
          }
          if (s.charCodeAt(q + 1) === 34) {
            field += s.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          if (q + 1 === n && !final) break outer;
          field += s.slice(j, q);
          i = q + 1;
          // Text after a closing quote, up to the delimiter, is kept as Excel keeps it.
          let k = i;
          while (k < n && s.charCodeAt(k) !== 44 && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 13) k++;
          field += s.slice(i, k);
          i = k;
          break;
        }
      } else {
        let k = i;
        while (k < n && s.charCodeAt(k) !== 44 && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 13) k++;
        field = s.slice(i, k);
        i = k;
      }
      row.push(field);
      if (i >= n) {
        if (!final) break;
        rows.push(row);
        row = [];
        rowStart = n;
        break;
      }
      const c = s.charCodeAt(i);
      if (c === 44) {
        i++;
        if (i === n && final) {
          row.push('');
          rows.push(row);
          row = [];
          rowStart = n;
        }
        continue;
      }
      // A line break: \r\n, \n or \r. A \r at the very end may be half of \r\n.
      if (c === 13 && i + 1 === n && !final) break;
      i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      rows.push(row);
      row = [];
      rowStart = i;
    }
    this.#buf = s.slice(rowStart);
    this.#rows += rows.length;
    return rows;
  }
}

/** A whole CSV text as rows. */
export function parseCsv(text: string): string[][] {
  const p = new CsvParser();
  return [...p.push(text), ...p.end()];
}

/** Rows as objects keyed by the header row. */
export function readCsvObjects(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text);
  return rows.filter((r) => r.length > 1 || r[0]).map((r) => Object.fromEntries(head!.map((h, i) => [h.trim(), r[i] ?? ''])));
}
