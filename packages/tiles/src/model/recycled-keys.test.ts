import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecycledKeys } from './recycled-keys.js';

describe('recycled keys for a keyed list', () => {
  it('gives each item a key of its own, the same on every call while it stays', () => {
    const k = new RecycledKeys();
    assert.deepEqual(k.keys('a', ['x', 'y', 'z']), [0, 1, 2]);
    // Reordered: each keeps its key, so that repeat moves its element.
    assert.deepEqual(k.keys('a', ['z', 'x', 'y']), [2, 0, 1]);
  });

  it("hands a leaving item's key to an arriving one, in the order the leaving ones were drawn", () => {
    const k = new RecycledKeys();
    k.keys('a', ['x', 'y', 'z']);
    // y stays (1); x and z leave (0, 2); p and q arrive and take 0 then 2; r is new (3).
    assert.deepEqual(k.keys('a', ['p', 'y', 'q', 'r']), [0, 1, 2, 3]);
    // x comes back: it is an arrival like any other, and takes the key r leaves.
    assert.deepEqual(k.keys('a', ['p', 'y', 'q', 'x']), [0, 1, 2, 3]);
  });

  it('never gives two items of a list the same key, however items come and go', () => {
    const k = new RecycledKeys();
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let round = 0; round < 20; round++) {
      const pick = ids.filter((_, i) => (i * 7 + round * 3) % 4 !== 0);
      const keys = k.keys('list', pick);
      assert.equal(new Set(keys).size, pick.length, `round ${round}`);
    }
  });

  it('keeps lists apart: a key leaving one list is not handed to another', () => {
    const k = new RecycledKeys();
    assert.deepEqual(k.keys('a', ['x']), [0]);
    assert.deepEqual(k.keys('b', ['y']), [1]);
    assert.deepEqual(k.keys('a', []), []);
    assert.deepEqual(k.keys('b', ['y', 'z']), [1, 2]);
    assert.deepEqual(k.keys('a', ['w']), [3]);
  });
});
