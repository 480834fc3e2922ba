import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame, panoramaReady, visibleText } from '../fixtures/hardening-helpers.js';

// No third-party request, no cookie, no storage: checked in a fresh frame whose traps
// (tests/browser/fixtures/privacy-traps.js) record every storage write and every non-resource channel from the
// start, while resource timing records every file the page loads.

type PrivacyWindow = Window & { privacy: { attempts: string[]; resources: string[] } };

async function storageState(win: Window) {
  return {
    cookie: win.document.cookie,
    local: win.localStorage.length,
    session: win.sessionStorage.length,
    databases: (await win.indexedDB.databases()).map((database) => database.name).sort(),
    caches: 'caches' in win ? (await win.caches.keys()).sort() : [],
  };
}

describe('hardening: privacy', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement;
  let win: PrivacyWindow;

  before(async () => {
    frame = await openFrame('/tests/browser/fixtures/privacy.html');
    win = frame.contentWindow as PrivacyWindow;
  });
  after(() => frame.remove());

  it('renders, searches, opens and closes a detail and shows a card: no request elsewhere, no cookie, no storage', async () => {
    const before = await storageState(win);
    const doc = frame.contentDocument!;
    const panorama = doc.querySelector('alliance-panorama')!;
    const root = await panoramaReady(panorama);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    const count = visibleText(root.querySelector('[role=status]'));
    await sendKeys({ type: 'santé' });
    await waitUntil(() => visibleText(root.querySelector('[role=status]')) !== count, 'the search did not run');
    root.querySelector<HTMLButtonElement>('.card-title button')!.click();
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('.sources a'), 'the detail did not open with its full text');
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await waitUntil(() => !dialog.open, 'the detail did not close');
    const card = doc.querySelector('alliance-territory-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the card did not render', { timeout: 8000 });

    // The observer saw the page, the module, its chunks and the full text of the detail.
    const resources = win.privacy.resources;
    expect(resources.some((name) => name.includes('/dist/cdn/chunks/dataset.fr'))).to.equal(true);
    expect([...new Set(resources.map((name) => new URL(name).origin))]).to.deep.equal([window.location.origin]);
    expect(win.privacy.attempts).to.deep.equal([]);
    expect(await storageState(win)).to.deep.equal(before);
    expect(doc.cookie).to.equal('');
  });

  it('the traps see a write when there is one (canary)', () => {
    const count = win.privacy.attempts.length;
    win.sessionStorage.setItem('hardening-canary', '1');
    win.sessionStorage.removeItem('hardening-canary');
    expect(win.privacy.attempts.slice(count)).to.deep.equal(['Storage.setItem(hardening-canary, 1)', 'Storage.removeItem(hardening-canary)']);
  });
});
