/**
 * Marks every Network, on its prototype. A registered symbol is the same in every copy of the
 * library and in every frame, so a network made by the npm package's core is known to elements
 * from the CDN bundle (where `instanceof` said no), and a plot can check what it is given
 * without loading the Network class: a page with plots only never needs it.
 */
export const NETWORK_BRAND: unique symbol = Symbol.for('nn-elements.Network') as never;

/** What carries the mark: a Network (see `isNetwork` in ./network.ts). */
export interface NetworkBrand {
  readonly [NETWORK_BRAND]: true;
}

/** Whether `value` carries the Network mark, from any copy of the library. */
export function hasNetworkBrand(value: unknown): value is NetworkBrand {
  return typeof value === 'object' && value !== null && (value as { [NETWORK_BRAND]?: unknown })[NETWORK_BRAND] === true;
}
