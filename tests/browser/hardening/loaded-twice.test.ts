import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, panoramaReady } from '../fixtures/hardening-helpers.js';

// A host page may load the CDN module twice: a theme and a plugin each add the script tag, or two versions
// (`?v=2`) end up on one page. The first copy defines the tags; the others must define nothing and raise nothing.

const CDN = '/packages/widget/dist/cdn/alliance-panorama.js';

interface Recorded {
  readonly errors: string[];
  readonly violations: string[];
}
type RecordingWindow = Window & { recorded: Recorded };

for (const [page, title] of [
  ['/tests/browser/fixtures/loaded-twice.html', 'a plain page'],
  ['/tests/browser/fixtures/loaded-twice.csp.html', 'a page with the strict policy (one Trusted Types policy for both copies)'],
] as const) {
  describe(`hardening: the CDN module loaded twice, on ${title}`, function () {
    this.timeout(20_000);
    let frame: HTMLIFrameElement;
    let win: RecordingWindow;

    before(async () => {
      frame = await openFrame(page);
      win = frame.contentWindow as RecordingWindow;
    });
    after(() => frame.remove());

    it('loads every copy (same URL once, each other URL once)', async () => {
      await waitUntil(() => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('?v=3')), 'the late copy was not loaded');
      const entries = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      const copies = entries.filter((url) => url.pathname === CDN).map((url) => url.search);
      expect(copies.sort()).to.deep.equal(['', '?v=2', '?v=3']);
    });

    it('defines each tag once, raises no error, and the panorama and the card render', async () => {
      const doc = frame.contentDocument!;
      const root = await panoramaReady(doc.querySelector('alliance-panorama'));
      expect(root.querySelectorAll('.card').length).to.be.greaterThan(0);
      await waitUntil(() => win.customElements.get('alliance-territory-card'), 'the card was not defined');
      const card = doc.querySelector('alliance-territory-card');
      if (card) await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the card did not render', { timeout: 8000 });
      const Panorama = win.customElements.get('alliance-panorama');
      expect(Panorama).to.be.a('function');
      expect(doc.querySelector('alliance-panorama')).to.be.instanceOf(Panorama!);
      if (card) expect(card).to.be.instanceOf(win.customElements.get('alliance-territory-card')!);
      expect(win.recorded.errors).to.deep.equal([]);
      expect(win.recorded.violations).to.deep.equal([]);
    });
  });
}

describe('hardening: the CDN module imported twice in one realm', () => {
  it('keeps the first definition; the second copy is a different class that defines nothing', async () => {
    const first = await import(/* @vite-ignore */ `${CDN}?realm=1`);
    const second = await import(/* @vite-ignore */ `${CDN}?realm=2`);
    expect(first.AlliancePanorama).not.to.equal(second.AlliancePanorama);
    expect(customElements.get('alliance-panorama')).to.equal(first.AlliancePanorama);
    await waitUntil(() => customElements.get('alliance-territory-card'), 'the card was not defined');
    const element = document.createElement('alliance-panorama');
    document.body.append(element);
    await panoramaReady(element);
    expect(element).to.be.instanceOf(first.AlliancePanorama);
    element.remove();
  });
});
