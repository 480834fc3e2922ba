/**
 * Returns the URL if it is an absolute `https:` or `http:` address, else `undefined`. Data URLs were already
 * checked by the schema; this second check guards data that reached the widget another way.
 */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
