/**
 * The window an element lives in now. It is its document's, and it changes when a page moves
 * the element into an iframe or another document (`adoptNode`, as LMS and CMS editors do):
 * frames, observers and media queries must then come from the new window, not from the one
 * the module was loaded in.
 */
export function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? window) as Window & typeof globalThis;
}
