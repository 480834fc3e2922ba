import type { Dataset } from '@alliance-panorama/core';
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

/** Result of `loadSource`. */
export type SourceResult = { ok: true; dataset: Dataset } | { ok: false; error: LoadError };

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

/**
 * Fetches a dataset from `src` and validates it with `parseDataset` (loaded on this path only, so pages that
 * use the bundled data never download zod). Never throws: every failure comes back as a `LoadError`.
 * A file with some bad records is refused whole, so a page never shows a silently partial panorama.
 */
export async function loadSource(src: string, base: string, external?: AbortSignal): Promise<SourceResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  external?.addEventListener('abort', () => controller.abort(external.reason), { once: true });
  try {
    let response: Response;
    try {
      // No cookies or credentials leave the page, whatever the origin.
      response = await fetch(new URL(src, base), { signal: controller.signal, credentials: 'omit', mode: 'cors' });
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
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, error: { code: 'not-json', message: String(error) } };
    }
    const { parseDataset } = await import('@alliance-panorama/core/schema');
    const result = parseDataset(json);
    if (!result.ok) {
      return { ok: false, error: { code: 'invalid-dataset', message: `${result.issues.length} issue(s)`, issues: result.issues } };
    }
    return { ok: true, dataset: result.value };
  } finally {
    clearTimeout(timer);
  }
}
