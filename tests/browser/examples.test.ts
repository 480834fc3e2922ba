import { expect, waitUntil } from '@open-wc/testing';

// The example pages double as smoke tests: they load the built CDN module exactly as a host page would.
async function openExample(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('examples', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('index.html renders the panorama with results from the CDN module', async () => {
    const frame = await openExample('/examples/index.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('alliance-panorama')?.shadowRoot?.querySelector('.cards:not(.skeleton)'), 'no cards', { timeout: 8000 });
    const root = doc.querySelector('alliance-panorama')!.shadowRoot!;
    expect(root.querySelectorAll('.card').length).to.be.greaterThan(0);
    expect(root.querySelector('[role=status]')!.textContent).to.match(/\d+ pratiques/);
  });

  it('index.html requests nothing from another origin and stores nothing', async () => {
    const frame = await openExample('/examples/index.html');
    const win = frame.contentWindow!;
    await waitUntil(() => frame.contentDocument!.querySelector('alliance-panorama')?.shadowRoot?.querySelector('.cards:not(.skeleton)'), 'no cards', { timeout: 8000 });
    const origins = new Set(
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).origin),
    );
    expect([...origins]).to.deep.equal([window.location.origin]);
    expect(frame.contentDocument!.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });

  it('city-card.html shows the Grenoble card and a panorama locked to Grenoble', async () => {
    const frame = await openExample('/examples/city-card.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('alliance-territory-card')?.shadowRoot?.querySelector('article'), 'no card', { timeout: 8000 });
    await waitUntil(() => doc.querySelector('alliance-panorama')?.shadowRoot?.querySelector('.cards:not(.skeleton)'), 'no cards', { timeout: 8000 });
    const card = doc.querySelector('alliance-territory-card')!.shadowRoot!;
    expect(card.querySelector('h2')!.textContent).to.contain('Grenoble');
    const panorama = doc.querySelector('alliance-panorama')!.shadowRoot!;
    const territories = [...panorama.querySelectorAll('.card-meta > span:first-child')].map((span) => span.textContent!.trim());
    expect(new Set(territories)).to.deep.equal(new Set(['Grenoble']));
  });

  it('large.html counts 10,000 generated practices loaded part by part, and searches them', async () => {
    const frame = await openExample('/examples/large.html');
    const doc = frame.contentDocument!;
    const count = () => doc.querySelector('alliance-panorama')?.shadowRoot?.querySelector('p.count[role=status]')?.textContent ?? '';
    await waitUntil(() => count() === '10000 pratiques', `count: ${count()}`, { timeout: 20_000 });
    const root = doc.querySelector('alliance-panorama')!.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'zéphyrine';
    input.dispatchEvent(new Event('input'));
    // generateDataset puts its rare word in one practice in a thousand, in the title.
    await waitUntil(() => count() === '10 pratiques', `count after search: ${count()}`, { timeout: 10_000 });
  });
});
