// A demo page in an iframe, as `npm start` serves it, and the checks every page must pass in it.
import { expect } from '@open-wc/testing';

export function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  frame.src = path;
  document.body.append(frame);
  return loaded;
}

/** No Content Security Policy violation and no axe violation in the page; then it is closed. */
export async function expectCleanPage(frame: HTMLIFrameElement) {
  expect((frame.contentWindow as Window & { scCspViolations: string[] }).scCspViolations).to.deep.equal([]);
  expect(await axeViolations(frame)).to.deep.equal([]);
  frame.remove();
}

/** Runs axe inside the page (its own document), loaded from the same origin as the page allows. */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  // The page requires Trusted Types for scripts: the test brings axe in through a policy of its own.
  const tt = (frame.contentWindow as Window & { trustedTypes: { createPolicy: (n: string, p: object) => { createScriptURL: (s: string) => string } } })
    .trustedTypes;
  script.src = tt.createPolicy('scorecard-kit-test-axe', { createScriptURL: (s: string) => s }).createScriptURL('/node_modules/axe-core/axe.min.js');
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await loaded;
  const axe = (frame.contentWindow as Window & { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
    .axe;
  const result = await axe.run(doc);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
