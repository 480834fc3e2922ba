// The packed-data engine (ADR 0005): loads the parts of a packed dataset, keeps their practices and answers
// queries. It runs in a worker when the page allows one, else on the main thread: the same code either way.
import { coverage, queryPractices, type ActorView, type Coverage, type PracticeFilters, type DatasetView, type PracticeQuery, type PracticeResult, type PracticeView } from '@alliance-panorama/core';
import {
  packedView,
  readPackedActors,
  readPackedDetail,
  readPackedPart,
  readPackedText,
  unpackActors,
  unpackPart,
  type PackedDetail,
  type PackedManifest,
  type PackedPart,
} from '@alliance-panorama/core/packed';
import type { ParseResult } from '@alliance-panorama/core/schema';
import type { LoadError } from '../events/error-event.js';
import { fetchJson, invalid } from '../shared/source.js';

/** How far loading has gone: practices whose list columns are in, and whether every excerpt is in too. */
export interface EngineProgress {
  readonly loaded: number;
  readonly total: number;
  readonly complete: boolean;
  readonly text: boolean;
}

/** What the main thread sends. */
export type EngineRequest =
  | { readonly type: 'open'; readonly manifest: PackedManifest; readonly url: string }
  | { readonly type: 'query'; readonly id: number; readonly query: PracticeQuery }
  | { readonly type: 'coverage'; readonly id: number; readonly filters: PracticeFilters }
  | { readonly type: 'detail'; readonly id: number; readonly practice: string }
  | { readonly type: 'close' };

/** Full records around one practice, for the detail view. */
export type DetailAnswer = { ok: true; detail: PackedDetail } | { ok: false; error: LoadError };

/** What the engine sends back. */
export type EngineMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: EngineProgress }
  | { readonly type: 'error'; readonly error: LoadError }
  | { readonly type: 'result'; readonly id: number; readonly result: PracticeResult; readonly progress: EngineProgress }
  | { readonly type: 'coverage'; readonly id: number; readonly coverage: Coverage; readonly progress: EngineProgress }
  | { readonly type: 'detail'; readonly id: number; readonly answer: DetailAnswer };

/** Files fetched at once: enough to overlap latency, few enough to leave the connection to the page. */
const CONCURRENCY = 3;
/** Shortest time between two progress messages while parts arrive (each one makes the page ask again). */
const PROGRESS_INTERVAL_MS = 400;

/** Runs `task` over `items`, `CONCURRENCY` at a time, in order of start; stops at the first failure. */
async function eachLimited<T>(items: readonly T[], task: (item: T, index: number) => Promise<boolean>): Promise<boolean> {
  let next = 0;
  let ok = true;
  const worker = async () => {
    while (ok && next < items.length) {
      const index = next++;
      if (!(await task(items[index]!, index))) ok = false;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return ok;
}

/** Loads a packed dataset part by part and answers queries over what has arrived. */
export class PackedEngine {
  private readonly controller = new AbortController();
  private readonly base: URL;
  private actorViews: ActorView[] = [];
  private readonly parts: (PackedPart | undefined)[] = [];
  private readonly practices: (PracticeView[] | undefined)[] = [];
  private view?: DatasetView;
  private loaded = 0;
  private texts = 0;
  private lastProgress = 0;
  private readonly details = new Map<number, Promise<DetailAnswer>>();
  private idIndex?: Map<string, number>;

  constructor(
    readonly manifest: PackedManifest,
    url: string,
    private readonly emit: (message: EngineMessage) => void,
  ) {
    this.base = new URL(url);
  }

  get progress(): EngineProgress {
    const complete = this.loaded === this.manifest.practices;
    return { loaded: this.loaded, total: this.manifest.practices, complete, text: complete && this.texts === this.manifest.parts.length };
  }

  /** Loads the actors and every part, then every text file; reports progress, and the first error. */
  async load(): Promise<void> {
    const { manifest } = this;
    const signal = this.controller.signal;
    const actors = await this.fetchChecked(manifest.actors.path, (json) => readPackedActors(json, manifest));
    if (!actors) return;
    this.actorViews = unpackActors(manifest, actors);
    const partsOk = await eachLimited(manifest.parts, async (files, index) => {
      const part = await this.fetchChecked(files.index, (json) => readPackedPart(json, manifest, index));
      if (!part) return false;
      this.parts[index] = part;
      this.practices[index] = unpackPart(manifest, actors, part);
      this.loaded += part.ids.length;
      this.changed();
      return true;
    });
    if (!partsOk || signal.aborted) return;
    await eachLimited(manifest.parts, async (files, index) => {
      const text = await this.fetchChecked(files.text, (json) => readPackedText(json, manifest, index));
      if (!text) return false;
      this.practices[index] = unpackPart(manifest, actors, this.parts[index]!, text);
      this.texts++;
      this.changed();
      return true;
    });
  }

  /** Marks the view stale and tells the page, at most every `PROGRESS_INTERVAL_MS` except for the last part and text. */
  private changed(): void {
    this.view = undefined;
    this.idIndex = undefined;
    const now = Date.now();
    const { complete, text } = this.progress;
    const last = (complete && this.texts === 0) || text;
    // The first part always goes through (`lastProgress` starts at 0).
    if (last || now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      this.emit({ type: 'progress', progress: this.progress });
    }
  }

  private async fetchChecked<T>(path: string, check: (json: unknown) => ParseResult<T>): Promise<T | undefined> {
    const fetched = await fetchJson(new URL(path, this.base), this.controller.signal);
    if (this.controller.signal.aborted) return undefined;
    const result = fetched.ok ? check(fetched.json) : fetched;
    if ('error' in result) {
      this.fail(result.error);
      return undefined;
    }
    if (!result.ok) {
      this.fail({ ...invalid(result.issues).error, message: `${path}: ${result.issues.length} issue(s)` });
      return undefined;
    }
    return result.value;
  }

  private failed = false;
  private fail(error: LoadError): void {
    if (this.failed) return;
    this.failed = true;
    this.emit({ type: 'error', error });
  }

  /** The practices loaded so far, as one dataset view (rebuilt after new parts or excerpts). */
  private get current(): DatasetView {
    if (!this.view) {
      const practices: PracticeView[] = [];
      for (const list of this.practices) if (list) for (let i = 0; i < list.length; i++) practices.push(list[i]!);
      this.view = packedView(this.manifest, this.actorViews, practices);
    }
    return this.view;
  }

  /** Answers a query over the parts loaded so far. */
  query(query: PracticeQuery): PracticeResult {
    return queryPractices(this.current, query);
  }

  /** Territories × pillars and themes over the parts loaded so far (the matrix view). */
  coverage(filters: PracticeFilters): Coverage {
    return coverage(this.current, filters);
  }

  /** The detail file that holds `practice`, fetched once and checked against the ids it must hold. */
  detail(practice: string): Promise<DetailAnswer> {
    if (!this.idIndex) {
      this.idIndex = new Map();
      let position = 0;
      this.manifest.parts.forEach((files, p) => {
        const part = this.parts[p];
        if (part) part.ids.forEach((id, i) => this.idIndex!.set(id, position + i));
        position += files.practices;
      });
    }
    const position = this.idIndex.get(practice);
    const { size, paths } = this.manifest.details;
    if (position === undefined) return Promise.resolve({ ok: false, error: { code: 'invalid-dataset', message: `unknown practice ${practice}` } });
    const file = Math.floor(position / size);
    let pending = this.details.get(file);
    if (!pending) {
      const ids = this.idsBetween(file * size, (file + 1) * size);
      pending = fetchJson(new URL(paths[file]!, this.base), this.controller.signal).then((fetched): DetailAnswer => {
        if (!fetched.ok) return fetched;
        const result = readPackedDetail(fetched.json, ids);
        return result.ok ? { ok: true, detail: result.value } : invalid(result.issues);
      });
      // A failed load can be tried again later.
      void pending.then((answer) => !answer.ok && this.details.delete(file));
      this.details.set(file, pending);
    }
    return pending;
  }

  private idsBetween(from: number, to: number): string[] {
    const ids: string[] = [];
    let position = 0;
    this.manifest.parts.forEach((files, p) => {
      const part = this.parts[p];
      const start = Math.max(from - position, 0);
      const end = Math.min(to - position, files.practices);
      if (part && start < end) ids.push(...part.ids.slice(start, end));
      position += files.practices;
    });
    return ids;
  }

  close(): void {
    this.controller.abort();
  }
}

/**
 * Connects an engine to a message channel: `post` sends to the page, the returned function receives from it.
 * Queries are coalesced: while one runs, only the newest waiting query is answered, so fast typing never
 * builds a queue.
 */
export function serveEngine(post: (message: EngineMessage) => void): (request: EngineRequest) => void {
  let engine: PackedEngine | undefined;
  let waiting: Extract<EngineRequest, { type: 'query' }> | undefined;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const request = waiting;
    waiting = undefined;
    if (!request || !engine) return;
    post({ type: 'result', id: request.id, result: engine.query(request.query), progress: engine.progress });
  };
  post({ type: 'ready' });
  return (request) => {
    switch (request.type) {
      case 'open':
        engine?.close();
        engine = new PackedEngine(request.manifest, request.url, post);
        void engine.load();
        break;
      case 'query':
        waiting = request;
        if (!scheduled) {
          scheduled = true;
          setTimeout(run, 0);
        }
        break;
      case 'coverage':
        if (engine) post({ type: 'coverage', id: request.id, coverage: engine.coverage(request.filters), progress: engine.progress });
        break;
      case 'detail':
        void engine?.detail(request.practice).then((answer) => post({ type: 'detail', id: request.id, answer }));
        break;
      case 'close':
        engine?.close();
        engine = undefined;
        break;
    }
  };
}
