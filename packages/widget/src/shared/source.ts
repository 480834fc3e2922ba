import type { Dataset } from '@alliance-panorama/core';
import type { PackedManifest } from '@alliance-panorama/core/packed';
import type { DatasetIssue } from '@alliance-panorama/core/schema';
import type { LoadError } from '../events/error-event.js';
import type { Catalog } from '../i18n/index.js';

/** Explains a load error in the catalog's language. */
export function describeError(error: LoadError, t: Catalog): string {
  switch (error.code) {
    case 'network':
      return t.errorNetwork;
    case 'http-status':
      return t.errorStatus(error.status ?? 0);
    case 'timeout':
      return t.errorTimeout;
    case 'too-large':
      return t.errorTooLarge;
    case 'not-json':
      return t.errorNotJson;
    default:
      return t.errorInvalid(error.issues?.length ?? 0);
  }
}

// Loaded only when an element has a `src` attribute, together with the validator.

/** Largest `src` file accepted, in bytes (a real panorama is well under 2 MB). */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;
/** Time allowed for `src` to answer in full, by default. */
export const SOURCE_TIMEOUT_MS = 15_000;

let timeoutMs = SOURCE_TIMEOUT_MS;

/**
 * Changes the time allowed for `src` to answer in full, for the loads that start afterwards, and returns the
 * previous value. Meant for tests, which cannot wait 15 s for a server that never answers; hosts have no need
 * for it. A value that is not a positive number restores the default.
 *
 * @example const previous = setSourceTimeout(500); // …test… then setSourceTimeout(previous);
 */
export function setSourceTimeout(ms: number): number {
  const previous = timeoutMs;
  timeoutMs = Number.isFinite(ms) && ms > 0 ? ms : SOURCE_TIMEOUT_MS;
  return previous;
}

/** Result of `loadSource`: a dataset, or the checked manifest of a packed dataset and its address. */
export type SourceResult =
  | { ok: true; dataset: Dataset; packed?: undefined }
  | { ok: true; packed: PackedManifest; url: string; dataset?: undefined }
  | { ok: false; error: LoadError };

async function readLimited(response: Response, signal: AbortSignal): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_SOURCE_BYTES) {
    // Refused unread; cancelling the body closes the connection instead of leaving the server's stream pending.
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SOURCE_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Result of `fetchJson`. */
export type JsonResult = { ok: true; json: unknown } | { ok: false; error: LoadError };

/**
 * Fetches and parses one JSON file, within the size limit and the time allowed, without cookies or credentials.
 * Never throws: every failure comes back as a `LoadError`. Shared by `src` and the packed-data engine.
 */
export async function fetchJson(url: URL | string, external?: AbortSignal): Promise<JsonResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  external?.addEventListener('abort', () => controller.abort(external.reason), { once: true });
  try {
    let response: Response;
    try {
      // No cookies or credentials leave the page, whatever the origin.
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', mode: 'cors' });
    } catch (error) {
      if (controller.signal.aborted && !external?.aborted) return { ok: false, error: { code: 'timeout', message: 'timed out' } };
      return { ok: false, error: { code: 'network', message: String(error) } };
    }
    if (!response.ok) {
      return { ok: false, error: { code: 'http-status', status: response.status, message: `HTTP ${response.status}` } };
    }
    let text: string | undefined;
    try {
      text = await readLimited(response, controller.signal);
    } catch {
      return { ok: false, error: { code: 'timeout', message: 'timed out while reading' } };
    }
    if (text === undefined) return { ok: false, error: { code: 'too-large', message: `larger than ${MAX_SOURCE_BYTES} bytes` } };
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      return { ok: false, error: { code: 'not-json', message: String(error) } };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Turns checker issues into a load error. */
export const invalid = (issues: readonly DatasetIssue[]): { ok: false; error: LoadError } => ({
  ok: false,
  error: { code: 'invalid-dataset', message: `${issues.length} issue(s)`, issues },
});

/**
 * Fetches the data at `src`: a dataset, validated with `parseDataset` (loaded on this path only, so pages that
 * use the bundled data never download zod), or the manifest of a packed dataset (ADR 0005), checked, whose parts
 * the packed engine loads next. Never throws: every failure comes back as a `LoadError`. A dataset with some bad
 * records is refused whole, so a page never shows a silently partial panorama.
 */
export async function loadSource(src: string, base: string, external?: AbortSignal): Promise<SourceResult> {
  const url = new URL(src, base);
  const fetched = await fetchJson(url, external);
  if (!fetched.ok) return fetched;
  const json = fetched.json as { format?: unknown } | null;
  // A dataset has no `format` field; the packed reader loads only for files that have one.
  if (typeof json === 'object' && json !== null && typeof json.format === 'string') {
    const { PACKED_FORMAT, readPackedManifest } = await import('@alliance-panorama/core/packed');
    if (json.format === PACKED_FORMAT) {
      const manifest = readPackedManifest(json);
      return manifest.ok ? { ok: true, packed: manifest.value, url: url.href } : invalid(manifest.issues);
    }
  }
  const { parseDataset } = await import('@alliance-panorama/core/schema');
  const result = parseDataset(json);
  return result.ok ? { ok: true, dataset: result.value } : invalid(result.issues);
}
