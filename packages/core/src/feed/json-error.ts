/**
 * Finds where a JSON text first goes wrong. Browsers' own JSON.parse messages do not all give a
 * position ("Unexpected token ..." in Chromium has none), so after JSON.parse fails this scans the
 * text once more to say line, column and what was expected there.
 */
export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** What is wrong there, in words: "expected ',' or '}' after a property value". */
  reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

export function locateJsonError(text: string): JsonErrorLocation {
  let i = 0;
  const n = text.length;
  // Each open container: '{' or '['.
  const stack: string[] = [];

  const skip = () => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const fail = (reason: string): JsonErrorLocation => at(text, Math.min(i, n), reason);
  const found = () => (i >= n ? 'the end of the text' : `${JSON.stringify(text[i])}`);

  // Reads a value at i; returns an error or null.
  const readString = (): JsonErrorLocation | null => {
    i++; // opening quote
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`unknown escape "\\${e ?? ''}" in a string`);
      } else if (c < ' ') {
        return fail(c === '\n' ? 'a string runs past the end of the line (missing closing ")' : 'a control character inside a string');
      } else i++;
    }
    return fail('a string is not closed (missing ")');
  };
  const readScalar = (): JsonErrorLocation | null => {
    const c = text[i];
    if (c === '"') return readString();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '-' && m[0].length > 0) {
      i += m[0].length;
      return null;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fail('strings must use double quotes (") not single quotes');
    return fail(`expected a value (a string, number, object, list, true, false or null), found ${found()}`);
  };

  // Reads `"name":` at i.
  const readKey = (): JsonErrorLocation | null => {
    if (text[i] !== '"') return fail(`expected a property name in double quotes, found ${found()}`);
    const e = readString();
    if (e) return e;
    skip();
    if (text[i] !== ':') return fail(`expected ':' after a property name, found ${found()}`);
    i++;
    return null;
  };

  skip();
  if (i >= n) return fail('the text is empty');
  // Expecting a value.
  for (;;) {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
      } else {
        stack.push('{');
        const e = readKey();
        if (e) return e;
        continue;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') i++;
      else {
        stack.push('[');
        continue;
      }
    } else {
      const e = readScalar();
      if (e) return e;
    }
    // After a value: close containers or move to the next item.
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) return fail(`unexpected ${found()} after the end of the feed`);
        return fail('the text is not valid JSON');
      }
      const c2 = text[i];
      if (top === '{') {
        if (c2 === '}') {
          stack.pop();
          i++;
          continue;
        }
        if (c2 !== ',') return fail(`expected ',' or '}' after a property value, found ${found()}`);
        i++;
        skip();
        if (text[i] === '}') return fail('a comma before "}" (trailing commas are not allowed in JSON)');
        const e = readKey();
        if (e) return e;
        break;
      }
      if (c2 === ']') {
        stack.pop();
        i++;
        continue;
      }
      if (c2 !== ',') return fail(`expected ',' or ']' after an item in a list, found ${found()}`);
      i++;
      skip();
      if (text[i] === ']') return fail('a comma before "]" (trailing commas are not allowed in JSON)');
      break;
    }
  }
}

function at(text: string, offset: number, reason: string): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, reason };
}
