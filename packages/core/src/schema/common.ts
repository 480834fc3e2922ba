import * as z from 'zod';

// No code generation: zod's JIT calls `new Function`, which a strict Content-Security-Policy reports as a
// violation. The interpreter is also faster here for a one-off parse (62 ms against 100 ms for the full dataset).
z.config({ jitless: true });
import { LOCALES } from '../vocabulary.js';

/** Stable slug used for every id: lowercase ASCII words joined by hyphens. */
export const idSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase kebab-case slug (a-z, 0-9, hyphens)' });

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar day or month. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1000 || year > 2999) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** A date as precise as the source allows: `2015`, `2015-09` or `2015-09-07`. */
export const partialDateSchema = z.string().refine(isPartialDate, {
  error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  params: { code: 'invalid_date' },
});

/** A full calendar day, `YYYY-MM-DD`. */
export const dateSchema = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value), {
  error: 'must be a real date written YYYY-MM-DD',
  params: { code: 'invalid_date' },
});

/** True when `value` is an absolute `https:` or `http:` URL with a host. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
}

/** An absolute web address. Only `https:` and `http:` are accepted, so data can never carry `javascript:`. */
export const webUrlSchema = z
  .string()
  .max(2000)
  .refine(isWebUrl, { error: 'must be an absolute https: or http: URL', params: { code: 'invalid_url' } });

const displayString = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

/** Text in each language of the dataset (`fr`, `en`, `es` are all required). */
export const localizedTextSchema = (max = 4000) =>
  z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, displayString(max)])) as Record<
    (typeof LOCALES)[number],
    ReturnType<typeof displayString>
  >);

/** Short display text (titles, names, labels). */
export const shortTextSchema = localizedTextSchema(300);
/** Long display text (summaries, presentations). */
export const longTextSchema = localizedTextSchema(4000);

/** A plain, non-empty string in one language (names as their owners write them). */
export const nameSchema = displayString(300);

/** BCP 47 language tag of a source or an original name, e.g. `fr`, `ca`, `pt-PT`. */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fr, ca or pt-PT' });

/** A document the record relies on. */
export const sourceSchema = z.strictObject({
  url: webUrlSchema,
  title: displayString(500),
  publisher: displayString(300),
  /** Publication date, as precise as the document gives it; omitted when the document is undated. */
  date: partialDateSchema.optional(),
  language: languageTagSchema,
  /** What the source supports, or a caveat about it (mirror, staging copy, conflicting figure). */
  note: displayString(1000).optional(),
});

/** Sources of a record: at least one. */
export const sourcesSchema = z.array(sourceSchema).min(1, { error: 'needs at least one source' }).max(50);
