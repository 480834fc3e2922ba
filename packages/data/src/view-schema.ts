import { LOCALES } from '@alliance-panorama/core';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for the schema of a text in every language: an object whose properties are exactly the locales. */
function isLocalizedText(schema: JsonObject): boolean {
  const properties = schema.properties;
  if (schema.type !== 'object' || !isObject(properties)) return false;
  const keys = Object.keys(properties);
  return keys.length === LOCALES.length && LOCALES.every((locale) => keys.includes(locale));
}

function relax(schema: Json, key?: string): Json {
  if (Array.isArray(schema)) return schema.map((item) => relax(item));
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(schema)) {
    // `properties` maps field names to schemas: pass the field name down so `sources` can be recognised.
    out[name] =
      name === 'properties' && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([field, sub]) => [field, relax(sub, field)]))
        : relax(value);
  }
  if (isLocalizedText(schema)) delete out.required;
  if (key === 'sources' && out.type === 'array') delete out.minItems;
  return out;
}

/**
 * The JSON Schema of the per-language and list files, derived from the dataset schema: the same shape, except
 * that a display text may hold any subset of the languages (one, in practice) and a list of sources may be
 * empty (list files leave the detail-only fields out).
 */
export function datasetViewJsonSchema(datasetSchema: Record<string, unknown>): Record<string, unknown> {
  const relaxed = relax(datasetSchema) as JsonObject;
  return {
    ...relaxed,
    $id: String(datasetSchema.$id ?? '').replace(/dataset\.schema\.json$/, 'dataset-view.schema.json'),
    title: 'Alliance Panorama dataset, one language',
    description:
      'Shape of dataset.<lang>.json and list.<lang>.json: the dataset schema with texts in any subset of the languages and source lists that may be empty.',
  };
}
