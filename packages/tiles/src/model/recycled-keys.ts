/**
 * Keys for Lit's `repeat` that hand the key of an item leaving a list to an item arriving in it,
 * so that `repeat` gives the arriving item the leaving one's element. A grid changing framework
 * node then sets a new indicator on the tiles it has, rather than removing them and making new
 * ones, each with a shadow root, styles and contexts to connect. An item that stays keeps its key,
 * and so its element (and the focus in it), wherever it moves.
 */
export class RecycledKeys {
  /** For each list (by name), the key each item had in the last call. */
  #lists = new Map<string, Map<string, number>>();
  #next = 0;

  /** The keys of `ids` (distinct) in the list named `list`, in the same order. */
  keys(list: string, ids: readonly string[]): number[] {
    const before = this.#lists.get(list) ?? new Map<string, number>();
    const now = new Set(ids);
    const free: number[] = [];
    for (const [id, key] of before) if (!now.has(id)) free.push(key);
    // Handed out in the order the leaving items were drawn, so elements are reused in place.
    free.reverse();
    const after = new Map<string, number>();
    const keys = ids.map((id) => {
      const key = before.get(id) ?? free.pop() ?? this.#next++;
      after.set(id, key);
      return key;
    });
    this.#lists.set(list, after);
    return keys;
  }
}
