import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Dataset } from '@alliance-panorama/core';
import { renderOutputs } from '../src/build.js';
import { loadDataset } from '../src/load.js';

describe('CSV encoding of awkward texts', () => {
  it('keeps commas, quotes, line breaks and formula-like cells exactly as data', () => {
    const base = loadDataset();
    const [practice] = base.practices;
    if (!practice) throw new Error('no practice to edit');
    const awkward = {
      summary: 'Line one, with a comma;\r\nline "two" with quotes\nand a bare LF',
      title: '=HYPERLINK("https://example.org","click")',
      caveats: '@mention +33 -1, "end"',
    };
    const dataset: Dataset = {
      ...base,
      practices: [
        {
          ...practice,
          title: { ...practice.title, fr: awkward.title },
          summary: { ...practice.summary, en: awkward.summary },
          caveats: { fr: awkward.caveats, en: awkward.caveats, es: awkward.caveats },
        },
        ...base.practices.slice(1),
      ],
    };
    const csv = renderOutputs(dataset).find((file) => file.path === 'csv/practices.csv')?.content ?? '';
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(base.practices.length);
    expect(parsed.data[0]).toMatchObject({
      id: practice.id,
      title_fr: awkward.title,
      summary_en: awkward.summary,
      caveats_es: awkward.caveats,
    });
    expect(parsed.data[1]?.id).toBe(base.practices[1]?.id);
  });
});
