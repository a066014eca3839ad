#!/usr/bin/env node
// The command's entry point, committed so that npm links it on install, before anything is built.
const cli = await import('../dist/cli.js').catch(() => null);
if (!cli) {
  console.error('scorecard-kit is not built yet: run `npm run build` at the root of the repository first.');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
