import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM (`element.style.setProperty`), never through a `style`
 * attribute. Lit's own styleMap writes the attribute on first render, which a Content Security
 * Policy without 'unsafe-inline' in style-src blocks; councils run exactly such policies.
 */
class CssomStyle extends Directive {
  #previous: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element: <div ${cssomStyle({...})}>');
  }

  render(_styles: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.#previous)) if (!(name in styles)) style.removeProperty(name);
    // Only what changed: setting a property, even to its value, makes the browser restyle the element.
    for (const [name, value] of Object.entries(styles)) if (this.#previous[name] !== value) style.setProperty(name, value);
    this.#previous = styles;
    return nothing;
  }
}

export const cssomStyle = directive(CssomStyle);
