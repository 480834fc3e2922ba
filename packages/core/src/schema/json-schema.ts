import * as z from 'zod';
import { datasetSchema } from './dataset.js';

/**
 * The JSON Schema (draft 2020-12) of a dataset file, generated from the zod schemas. It checks shapes only;
 * cross-references (unknown ids, themes outside their pillars…) need `parseDataset`.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://github.com/alliance-panorama/alliance-panorama/blob/main/packages/data/dist/dataset.schema.json',
    title: 'Alliance Panorama dataset',
    description:
      'Inspiring practices of local migration governance collected by the Alliance Migrations, with territories, actors and relations.',
  };
}
