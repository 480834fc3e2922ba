import { html, type TemplateResult } from 'lit';
import { queryPractices, type DatasetView, type Locale, type PracticeQuery } from '@alliance-panorama/core';
import type { Catalog } from '../i18n/index.js';
import { datasetTables, tableToCsv } from '@alliance-panorama/core/export';

// "Get the data": loaded after the first render; builds the files in the browser, with no request to any server.

/** The records of a selection: its practices, with the territories, actors and relations they refer to. */
export function selection(data: DatasetView, ids: readonly string[]): DatasetView {
  const chosen = new Set(ids);
  const practices = data.practices.filter((practice) => chosen.has(practice.id));
  const territories = new Set(practices.map((practice) => practice.territory));
  const actors = new Set(practices.flatMap((practice) => practice.actors.map(({ actor }) => actor)));
  return {
    ...data,
    territories: data.territories.filter((territory) => territories.has(territory.id)),
    actors: data.actors.filter((actor) => actors.has(actor.id)),
    practices,
    relations: data.relations.filter(
      (relation) => (relation.practice ? chosen.has(relation.practice) : actors.has(relation.from) && actors.has(relation.to)),
    ),
  };
}

/** The file content for a selection: a CSV of its practices (one text column per language), or the JSON records. */
export function selectionFile(data: DatasetView, ids: readonly string[], format: 'csv' | 'json', locale: Locale): Blob {
  const subset = selection(data, ids);
  if (format === 'json') return new Blob([JSON.stringify(subset, null, 2)], { type: 'application/json' });
  const table = datasetTables(subset, [locale]).practices!;
  return new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
}

/** Saves a selection as a file, through a temporary object URL (no server, no storage). */
export function downloadSelection(data: DatasetView, ids: readonly string[], format: 'csv' | 'json', locale: Locale): void {
  const url = URL.createObjectURL(selectionFile(data, ids, format, locale));
  const link = document.createElement('a');
  link.href = url;
  link.download = `alliance-panorama-${locale}.${format}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves every practice that matches a query (all pages) from `data`, in the query's language. */
export function downloadQuery(data: DatasetView, query: PracticeQuery, format: 'csv' | 'json'): void {
  const ids = queryPractices(data, { ...query, page: 1, pageSize: Infinity }).items.map((practice) => practice.id);
  downloadSelection(data, ids, format, (query.locale ?? 'fr') as Locale);
}

/** The "get the data" line under the results: CSV and JSON of the whole selection (all pages). */
export function renderDownload(t: Catalog, total: number, onDownload: (format: 'csv' | 'json') => void): TemplateResult {
  return html`<p class="download">
    ${t.download}
    <button type="button" class="link-button" aria-label=${t.downloadCsvLabel(total)} @click=${() => onDownload('csv')}>${t.downloadCsv}</button>
    <button type="button" class="link-button" aria-label=${t.downloadJsonLabel(total)} @click=${() => onDownload('json')}>${t.downloadJson}</button>
  </p>`;
}
