import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`), never through a `style`
 * attribute: a page whose Content-Security-Policy has no 'unsafe-inline' for styles blocks
 * `style="…"` (and Lit's styleMap writes one on the first render), but not the CSSOM.
 * Used as an element binding: `<div ${cssProps({ left: '10%' })}>`. Keys must stay the same
 * between renders of one element (ours are positions and sizes).
 */
class CssProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps must be used as an element binding');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name in props) if (style.getPropertyValue(name) !== props[name]) style.setProperty(name, props[name]);
    return noChange;
  }
}

export const cssProps = directive(CssProps);
