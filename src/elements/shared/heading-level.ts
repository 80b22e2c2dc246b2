const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/**
 * The level of an element's own headings (its panels' titles, its inspector's node name): one
 * below the last heading before the element in its tree (the page, or the shadow root of the
 * element that holds it), 2 with none, at most 6. The headings nest under the author's at
 * whatever level the page uses, so a screen reader's list of headings stays in order and no
 * level is skipped, with no attribute to set.
 */
export function headingLevel(host: Element): number {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (typeof root.querySelectorAll !== 'function') return 2;
  let level = 1;
  // querySelectorAll lists in tree order: stop at the first heading after the element.
  for (const h of root.querySelectorAll(HEADINGS)) {
    if (h.contains(host)) continue;
    if (!(host.compareDocumentPosition(h) & 2 /* Node.DOCUMENT_POSITION_PRECEDING */)) break;
    level = Number(h.getAttribute('aria-level')) || Number(h.localName.slice(1)) || 2;
  }
  return Math.min(6, level + 1);
}
