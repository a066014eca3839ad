/**
 * Fails any test that writes a console warning or error, so that a Lit warning (a change in
 * update, a bad binding) or a stray error cannot pass unseen. A test that expects one wraps the
 * code in `expectConsole`.
 */
const seen: string[] = [];
let expecting = 0;
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (expecting === 0) seen.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

afterEach(() => {
  const found = seen.splice(0);
  if (found.length) throw new Error(`Unexpected console output:\n${found.join('\n')}`);
});

/** Runs `fn`, returning what it wrote with console.warn and console.error instead of failing. */
export async function expectConsole(fn: () => unknown): Promise<string[]> {
  const captured: string[] = [];
  const originals = { warn: console.warn, error: console.error };
  expecting++;
  console.warn = (...args: unknown[]) => captured.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => captured.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = originals.warn;
    console.error = originals.error;
    expecting--;
  }
  return captured;
}
