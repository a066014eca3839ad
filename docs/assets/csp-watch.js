// Records any Content Security Policy violation on the demo pages and logs it, so that anything
// the kit does that a council's strict policy would block shows up at once (and in the tests).
window.scCspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const v = `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`;
  window.scCspViolations.push(v);
  console.error(`Content Security Policy violation: ${v}`);
});
