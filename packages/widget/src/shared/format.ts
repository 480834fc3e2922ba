import type { UiLanguage } from '../i18n/index.js';

/** Formats a partial date (`2015`, `2015-09`, `2015-09-07`) for people, as precise as it is. */
export function formatDate(value: string | undefined, language: UiLanguage): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
