import { expect } from '@open-wc/testing';
import { defineOnce } from '../src/define-once.js';
import '../src/define.js';

describe('definition', () => {
  it('defines both tags', () => {
    expect(customElements.get('alliance-panorama')).to.be.a('function');
    expect(customElements.get('alliance-territory-card')).to.be.a('function');
  });

  it('loading the define module again (another URL, another copy) raises no error and keeps one definition', async () => {
    const first = customElements.get('alliance-panorama');
    // A query string makes the browser load a second copy of the module, as a second script tag would.
    await import(new URL(`../src/define.ts?copy=${Date.now()}`, import.meta.url).href);
    expect(customElements.get('alliance-panorama')).to.equal(first);
    class Other extends HTMLElement {}
    expect(() => defineOnce('alliance-panorama', Other)).not.to.throw();
    expect(customElements.get('alliance-panorama')).to.equal(first);
  });
});
