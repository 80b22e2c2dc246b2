/** Parts loaded on demand: what updateComplete waits for, and what it must not wait for. In Node and in Chromium. */
import { expect } from 'chai';
import { OnDemand, settleParts } from '../../../src/elements/shared/on-demand.js';

/** A load the test finishes by hand, and a host that counts its renders. */
function part() {
  let finish!: (v: { name: string }) => void;
  const loaded = new Promise<{ name: string }>((r) => (finish = r));
  const host = { renders: 0, requestUpdate() { this.renders++; } };
  let loads = 0;
  const od = new OnDemand(host, 'a test part', () => (loads++, loaded));
  return { od, host, finish, loads: () => loads };
}

/** Whether `p` settles within `ms`. */
const settlesWithin = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
const idle = () => new Promise<void>((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 500 }) : setTimeout(r, 250)));

describe('OnDemand parts', () => {
  it('a part the element needs (get) holds updateComplete until it is in, then renders the host again', async () => {
    const { od, host, finish } = part();
    expect(od.get()).to.equal(null);
    const settled = settleParts(host, async () => true);
    expect(await settlesWithin(settled, 50)).to.equal(false);
    finish({ name: 'in' });
    expect(await settled).to.equal(true);
    expect(od.get()).to.deep.equal({ name: 'in' });
    expect(host.renders).to.equal(1);
  });

  it('a prefetch loads in idle time but never holds updateComplete, and a later need waits for the same load', async () => {
    const { od, host, finish, loads } = part();
    od.prefetch();
    await idle();
    await idle();
    expect(loads()).to.equal(1);
    expect(await settlesWithin(settleParts(host, async () => true), 50)).to.equal(true);
    expect(od.get()).to.equal(null);
    const settled = settleParts(host, async () => true);
    expect(await settlesWithin(settled, 50)).to.equal(false);
    finish({ name: 'in' });
    await settled;
    expect(loads()).to.equal(1);
    expect(od.value).to.deep.equal({ name: 'in' });
  });
});
