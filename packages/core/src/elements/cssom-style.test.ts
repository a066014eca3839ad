import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../../../test/browser/console-guard.js';
import { cssomStyle } from './cssom-style.js';

describe('cssomStyle', () => {
  it('sets what changed, removes what went, and leaves alone what stayed', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string>) => render(html`<span ${cssomStyle(styles)}></span>`, host);
    draw({ left: '10px', width: '50%' });
    const span = host.querySelector('span')!;
    expect([span.style.left, span.style.width]).to.deep.equal(['10px', '50%']);
    const set: string[] = [];
    const setProperty = span.style.setProperty.bind(span.style);
    span.style.setProperty = (name: string, value: string | null) => {
      set.push(name);
      setProperty(name, value);
    };
    draw({ left: '10px', top: '4px' });
    // Setting a property again, even to its value, would make the browser restyle the element.
    expect(set).to.deep.equal(['top']);
    expect([span.style.left, span.style.top, span.style.width]).to.deep.equal(['10px', '4px', '']);
  });
});
