// The text of a string item: a shared string (<si>) or a cell's inline string (<is>).
import { unescaped, type XmlHandler } from './xml.js';

/**
 * One string item's text, told the elements inside it: its `<t>`s, plain or in rich text runs
 * (`<r><rPr>…</rPr><t>…</t></r>`), without the phonetic guides (`<rPh>`) that Excel keeps for
 * Japanese text but does not show in the cell.
 */
export class StringItem {
  #text = '';
  #inT = false;
  #phonetic = false;

  open(name: string): void {
    if (name === 't') this.#inT = !this.#phonetic;
    else if (name === 'rPh') this.#phonetic = true;
  }

  close(name: string): void {
    if (name === 't') this.#inT = false;
    else if (name === 'rPh') this.#phonetic = false;
  }

  text(t: string): void {
    if (this.#inT) this.#text += t;
  }

  /** The item's text, and a fresh start for the next item. */
  end(): string {
    const s = unescaped(this.#text);
    this.#text = '';
    this.#inT = this.#phonetic = false;
    return s;
  }
}

/** The shared strings part (xl/sharedStrings.xml): each `<si>`'s text, in order. */
export class SharedStrings implements XmlHandler {
  readonly strings: string[] = [];
  readonly #item = new StringItem();
  #inItem = false;

  open(name: string): void {
    if (name === 'si') this.#inItem = true;
    else if (this.#inItem) this.#item.open(name);
  }

  close(name: string): void {
    if (name === 'si') {
      this.strings.push(this.#item.end());
      this.#inItem = false;
    } else if (this.#inItem) this.#item.close(name);
  }

  text(t: string): void {
    if (this.#inItem) this.#item.text(t);
  }
}
