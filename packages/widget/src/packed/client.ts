// The page side of a packed dataset (ADR 0005): starts the engine in a worker (or on the main thread when the
// page forbids workers), asks it for the query on screen, and hands the answers to the element.
import { html, nothing, type TemplateResult } from 'lit';
import type { Coverage, DatasetView, PracticeFilters, PracticeQuery, PracticeResult } from '@alliance-panorama/core';
import type { PackedManifest } from '@alliance-panorama/core/packed';
import type { LoadError } from '../events/error-event.js';
import type { Catalog } from '../i18n/index.js';
import type { View } from '../panorama/state.js';
import type { DetailAnswer, EngineMessage, EngineProgress, EngineRequest } from './engine.js';

/** What the element gives the packed client. */
export interface PackedHost {
  /** A new result for the query on screen. */
  packedResult(result: PracticeResult): void;
  /** A file could not be used: what loaded so far stays. */
  loadFailed(error: LoadError): void;
  /** Something shown changed (progress, a detail). */
  requestUpdate(): void;
}

/** How long a worker has to say it is ready before the engine runs on the main thread instead. */
const WORKER_READY_MS = 4000;

type Channel = { send(request: EngineRequest): void; close(): void; mode: 'worker' | 'main' };

/** Resolves with the worker once it has said "ready", or `undefined` if it failed or stayed silent. */
function whenReady(worker: Worker, receive: (message: EngineMessage) => void): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), WORKER_READY_MS);
    const done = (value: Worker | undefined) => {
      clearTimeout(timer);
      if (!value) worker.terminate();
      resolve(value);
    };
    worker.addEventListener('error', () => done(undefined), { once: true });
    worker.addEventListener('message', (event: MessageEvent<EngineMessage>) => {
      if (event.data.type === 'ready') done(worker);
      else receive(event.data);
    });
  });
}

type TrustedTypesPolicyFactory = {
  createPolicy(name: string, rules: { createScriptURL(value: string): string }): { createScriptURL(value: string): unknown };
};
let policy: { createScriptURL(value: string): unknown } | null | undefined;
/** Blob URLs this module made, the only ones its policy accepts besides the worker. */
const ownBlobs = new Set<string>();

/**
 * Under Trusted Types, a worker URL must come from a policy: the widget asks for one named `alliance-panorama`,
 * which accepts only its own worker (or the blob that imports it). Returns `undefined` when the page refused that
 * name: the engine then runs on the main thread.
 */
function trustedScriptUrl(worker: string): ((value: string) => unknown) | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypesPolicyFactory }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = factory
        ? factory.createPolicy('alliance-panorama', {
            createScriptURL: (value) => {
              if (value === worker || ownBlobs.has(value)) return value;
              throw new TypeError(`not the panorama's worker: ${value}`);
            },
          })
        : null;
    } catch {
      policy = null;
    }
  }
  if (policy === null && factory) return undefined;
  return (value) => (policy ? policy.createScriptURL(value) : value);
}

/**
 * Opens a channel to the engine: a module worker next to this file; for a cross-origin script (a CDN), a
 * same-origin blob that imports it; else the engine itself on the main thread, which a strict CSP or Trusted
 * Types may require (`worker-src` without `blob:`). Every path answers the same messages.
 */
async function openChannel(receive: (message: EngineMessage) => void): Promise<Channel> {
  const url = new URL('./packed-worker.js', import.meta.url).href;
  const blob = () => {
    const made = URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' }));
    ownBlobs.add(made);
    return made;
  };
  const script = trustedScriptUrl(url);
  // A page whose CSP refused the policy name enforces Trusted Types: plain strings would be refused too (and
  // reported twice more), so the engine goes straight to the main thread.
  const attempts = script
    ? [
        () => new Worker(script(url) as string, { type: 'module', name: 'alliance-panorama' }),
        () => new Worker(script(blob()) as string, { type: 'module', name: 'alliance-panorama' }),
      ]
    : [];
  for (const attempt of attempts) {
    let worker: Worker | undefined;
    try {
      worker = attempt();
    } catch {
      continue; // cross-origin script, Trusted Types, no Worker: try the next way
    }
    if (await whenReady(worker, receive)) {
      return { mode: 'worker', send: (request) => worker.postMessage(request), close: () => worker.terminate() };
    }
  }
  const { serveEngine } = await import('./engine.js');
  // Answers arrive a task later, as from a worker, so the element never updates in the middle of an update.
  const send = serveEngine((message) => setTimeout(() => receive(message), 0));
  return { mode: 'main', send, close: () => send({ type: 'close' }) };
}

/** A packed dataset on screen: its territories, its progress, the answers of its engine. */
export class PackedClient {
  /** The element's data: territories and dataset details, no practices (they stay in the engine). */
  readonly shell: DatasetView;
  /**
   * Views that work without the practices on the page: the list, the map (it needs only facet counts) and the
   * matrix (the worker computes its coverage).
   */
  readonly views: readonly View[] = ['list', 'map', 'matrix'];
  /** How far loading had gone for the results on screen. */
  progress?: EngineProgress;
  private channel?: Channel;
  private next = 0;
  private asked?: { id: number; key: string; query: PracticeQuery };
  private answered = 0;
  private readonly details = new Map<string, DatasetView>();
  private coverageAsked?: { id: number; key: string; filters: PracticeFilters };
  private coverageAnswer?: { key: string; coverage: Coverage };
  private readonly pendingDetails = new Map<number, string>();
  /** Practices whose detail file failed: not asked again on every render (a retry of `src` starts afresh). */
  private readonly failedDetails = new Set<string>();

  private constructor(
    private readonly manifest: PackedManifest,
    private readonly host: PackedHost,
  ) {
    this.shell = { ...manifest.dataset, territories: manifest.territories, actors: [], practices: [], relations: [] } as DatasetView;
  }

  /** Starts the engine on the manifest at `url`. */
  static async open(manifest: PackedManifest, url: string, host: PackedHost): Promise<PackedClient> {
    const client = new PackedClient(manifest, host);
    client.channel = await openChannel((message) => client.receive(message));
    client.channel.send({ type: 'open', manifest, url });
    return client;
  }

  /** How the engine runs: in a worker, or on the main thread. */
  get mode(): 'worker' | 'main' | undefined {
    return this.channel?.mode;
  }

  /** Whether the results on screen are not yet those of the last query asked (the results region is `aria-busy`). */
  get busy(): boolean {
    return this.asked !== undefined && this.asked.id !== this.answered;
  }

  /** Asks for the results of `query` (named by `key`) unless they were the last asked. */
  ask(query: PracticeQuery, key: string): void {
    if (this.asked?.key === key) return;
    this.asked = { id: ++this.next, key, query };
    this.channel?.send({ type: 'query', id: this.asked.id, query });
  }

  /**
   * The coverage under `filters` (named by `key`) for the matrix view: the last answer while the worker computes a
   * new one (`undefined` before the first), asked again as parts arrive.
   */
  coverageFor(filters: PracticeFilters, key: string): Coverage | undefined {
    if (this.coverageAsked?.key !== key) {
      this.coverageAsked = { id: ++this.next, key, filters };
      this.channel?.send({ type: 'coverage', id: this.coverageAsked.id, filters });
    }
    return this.coverageAnswer?.coverage;
  }

  /** The full records around practice `id` once loaded; asks for them otherwise. */
  detailView(id: string): DatasetView | undefined {
    const found = this.details.get(id);
    if (found || this.failedDetails.has(id) || [...this.pendingDetails.values()].includes(id)) return found;
    const request = ++this.next;
    this.pendingDetails.set(request, id);
    this.channel?.send({ type: 'detail', id: request, practice: id });
    return undefined;
  }

  /** A line under the count while parts or summaries are still loading. */
  status(t: Catalog): TemplateResult | typeof nothing {
    const progress = this.progress;
    if (!progress || progress.text) return nothing;
    return html`<p class="note" part="progress">${progress.complete ? t.textLoading : t.partsLoading(progress.loaded, progress.total)}</p>`;
  }

  private receive(message: EngineMessage): void {
    switch (message.type) {
      case 'progress': {
        // The note under the count describes the results on screen: it follows the answers, and this message
        // only when no query is on screen yet.
        if (!this.asked) this.progress = message.progress;
        // More practices: ask again for the query on screen.
        const asked = this.asked;
        if (asked) {
          this.asked = undefined;
          this.ask(asked.query, asked.key);
        }
        const coverage = this.coverageAsked;
        if (coverage) {
          this.coverageAsked = undefined;
          this.coverageFor(coverage.filters, coverage.key);
        }
        this.host.requestUpdate();
        break;
      }
      case 'result':
        if (message.id !== this.asked?.id) return; // an answer to a query the page no longer shows
        // Before the first part, "no practice" would be false: the page keeps its loading state, and the
        // first progress message asks again.
        if (message.progress.loaded > 0 || message.progress.total === 0) {
          this.progress = message.progress;
          this.answered = message.id;
          this.host.packedResult(message.result);
        }
        break;
      case 'coverage':
        if (message.id !== this.coverageAsked?.id || (message.progress.loaded === 0 && message.progress.total > 0)) return;
        this.coverageAnswer = { key: this.coverageAsked.key, coverage: message.coverage };
        this.host.requestUpdate();
        break;
      case 'detail':
        this.detailArrived(message.id, message.answer);
        break;
      case 'error':
        this.host.loadFailed(message.error);
        break;
    }
  }

  private detailArrived(request: number, answer: DetailAnswer): void {
    const id = this.pendingDetails.get(request);
    this.pendingDetails.delete(request);
    if (id === undefined) return;
    if (!answer.ok) {
      this.failedDetails.add(id);
      this.host.loadFailed(answer.error);
      return;
    }
    const { practices, actors, relations } = answer.detail;
    const view = { ...this.shell, practices, actors, relations } as DatasetView;
    for (const practice of answer.detail.practices) this.details.set(practice.id, view);
    this.host.requestUpdate();
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
