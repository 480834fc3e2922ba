import { expect, waitUntil } from '@open-wc/testing';
import { dataset as fullEn } from '@alliance-panorama/data/full/en';
import { list as listEn } from '@alliance-panorama/data/list/en';

// The embedding examples: a panorama reading a dataset file with `src`, and the panorama in an iframe that
// takes the height of its content through the postMessage protocol of examples/embed/.
const RESIZE = 'alliance-panorama:resize';

async function openExample(path: string, width = 1280, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** Resolves with the next message that `win` receives and `accept` picks, after the page's own listeners ran. */
function nextMessage(win: Window, accept: (event: MessageEvent) => boolean): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!accept(event)) return;
      win.removeEventListener('message', listener);
      resolve(event);
    };
    win.addEventListener('message', listener);
  });
}

const summaries = (root: ShadowRoot) =>
  [...root.querySelectorAll('.cards:not(.skeleton) .card')].map((card) => ({
    id: card.querySelector('[data-practice]')!.getAttribute('data-practice')!,
    summary: card.querySelector('.card-summary')!.textContent!.trim(),
  }));

describe('custom-data.html', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the dataset read from src: full summaries instead of the bundled excerpts', async () => {
    const frame = await openExample('/examples/custom-data.html');
    const doc = frame.contentDocument!;
    const element = doc.getElementById('from-file')!;
    const full = new Map(fullEn.practices.map((practice) => [practice.id, practice.summary.en]));
    const excerpts = new Map(listEn.practices.map((practice) => [practice.id, practice.summary.en]));
    const fromSource = () => {
      const cards = element.shadowRoot ? summaries(element.shadowRoot) : [];
      return cards.length > 0 && cards.every((card) => card.summary === full.get(card.id));
    };
    await waitUntil(() => fromSource() || element.shadowRoot?.querySelector('[part=error]'), 'neither the src data nor an error', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelector('[part=error]')?.textContent ?? null).to.equal(null);
    expect(fromSource()).to.equal(true);
    const cards = summaries(element.shadowRoot!);
    // The bundled list cuts summaries: at least one card must differ from it, or this test could not tell them apart.
    expect(cards.some((card) => card.summary !== excerpts.get(card.id))).to.equal(true);
    const requested = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include('/packages/data/dist/dataset.json');
  });

  it('shows the error state for a missing file and keeps the bundled data', async () => {
    const frame = await openExample('/examples/custom-data.html');
    const element = frame.contentDocument!.getElementById('missing-file')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part=error]'), 'no error state', { timeout: 10_000 });
    const error = element.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('HTTP 404');
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.card').length > 0, 'the bundled data is not shown', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelectorAll('.card').length).to.equal(3);
  });
});

describe('iframe.html and embed.html', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  async function openHost() {
    const host = await openExample('/examples/iframe.html', 1024, 800);
    const hostDoc = host.contentDocument!;
    const embed = hostDoc.querySelector<HTMLIFrameElement>('iframe[data-alliance-panorama-embed]')!;
    await waitUntil(() => embed.contentDocument?.querySelector('alliance-panorama')?.shadowRoot?.querySelector('.card'), 'no cards in the embed', {
      timeout: 10_000,
    });
    // The height the host's style sheet gives the frame before any message (40rem), measured on a frame that gets
    // none: reading the embed's own height here would race with its first message.
    const probe = hostDoc.createElement('iframe');
    probe.setAttribute('data-alliance-panorama-embed', '');
    hostDoc.body.append(probe);
    const initial = Number.parseFloat(host.contentWindow!.getComputedStyle(probe).height);
    probe.remove();
    return { host, embed, initial };
  }

  const contentHeight = (embed: HTMLIFrameElement) => embed.contentDocument!.documentElement.getBoundingClientRect().height;
  const fits = (embed: HTMLIFrameElement) => Math.abs(embed.getBoundingClientRect().height - contentHeight(embed)) <= 3;

  it('embed.html takes its presets from its own URL', async () => {
    const { embed } = await openHost();
    const panorama = embed.contentDocument!.querySelector('alliance-panorama')!;
    expect(panorama.getAttribute('lang')).to.equal('fr');
    expect(panorama.getAttribute('pillar')).to.equal('access-to-rights');
    expect(embed.contentDocument!.documentElement.lang).to.equal('fr');
  });

  it('resizes the iframe to the height of the embedded page, and follows it when it shrinks', async () => {
    const { embed, initial } = await openHost();
    // Wait for the last part that loads after the first render ("get the data"), so the height measured is final.
    await waitUntil(() => embed.contentDocument!.querySelector('alliance-panorama')!.shadowRoot!.querySelector('.download'), 'the page did not finish rendering', { timeout: 10_000 });
    await waitUntil(() => fits(embed) && embed.style.height !== '', 'the iframe does not take the height of its content', { timeout: 10_000 });
    const tall = embed.getBoundingClientRect().height;
    expect(Math.abs(tall - initial)).to.be.greaterThan(10);
    expect(Math.abs(tall - contentHeight(embed))).to.be.at.most(3);

    // A search with no result leaves a short page: the iframe must shrink with it.
    const panorama = embed.contentDocument!.querySelector('alliance-panorama')!;
    panorama.setAttribute('q', 'zzzz-no-such-practice');
    await waitUntil(() => fits(embed) && embed.getBoundingClientRect().height < tall - 10, 'the iframe does not shrink', { timeout: 15_000 });
  });

  it('ignores a resize message from a window that is not the iframe', async () => {
    const { host, embed } = await openHost();
    await waitUntil(() => fits(embed), 'not resized', { timeout: 10_000 });
    const before = embed.style.height;
    const hostWindow = host.contentWindow!;
    // Same origin as the iframe, but posted by this test's window: event.source is not the iframe's window.
    const received = nextMessage(hostWindow, (event) => event.source === window && event.data?.type === RESIZE);
    hostWindow.postMessage({ type: RESIZE, height: 77 }, window.location.origin);
    await received;
    expect(embed.style.height).to.equal(before);
    expect(embed.style.height).not.to.equal('77px');
  });
});

describe('resize-parent.js', () => {
  before(async () => {
    // The host script on this test page, which has no Content Security Policy: frames with inline scripts can
    // then post hand-made messages.
    const script = document.createElement('script');
    script.src = '/examples/embed/resize-parent.js';
    document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** A registered frame whose inline script posts one resize message to this page. */
  async function postingFrame(sandboxed: boolean, height: number) {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-alliance-panorama-embed', '');
    frame.title = 'test frame';
    if (sandboxed) frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = `<!doctype html><title>frame</title><script>parent.postMessage({ type: '${RESIZE}', height: ${height} }, '*');</script>`;
    const received = nextMessage(window, (event) => event.data?.type === RESIZE && event.source === frame.contentWindow);
    document.body.append(frame);
    return { frame, event: await received };
  }

  it('ignores a message from a registered frame whose origin is not that of its src', async () => {
    // A sandboxed frame has an opaque origin ("null"): same window as the registered frame, wrong origin.
    const { frame, event } = await postingFrame(true, 321);
    expect(event.origin).to.equal('null');
    expect(frame.style.height).to.equal('');
  });

  it('applies the same message from a registered frame of the right origin', async () => {
    const { frame, event } = await postingFrame(false, 321);
    expect(event.origin).to.equal(window.location.origin);
    expect(frame.style.height).to.equal('321px');
  });
});
