// The one definition of the Content Security Policy councils put the kit under, and of the other
// headers a council's server sends with it. The demo server (scripts/serve.mjs), the page proofs'
// server (test/pages/server.ts) and the bench's server (bench/browser.ts, with the kit's pages)
// send these, so a change to the policy is tested everywhere at once. (Pages that must carry it without a server,
// in a <meta> tag, repeat it; test/node/serve.test.ts checks that they repeat it exactly.)

/** The strict policy: nothing inline, no eval, Trusted Types required for script sinks. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** Sent with every response: the policy, and no guessing of content types past the one given. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
});
