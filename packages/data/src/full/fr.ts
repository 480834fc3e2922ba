/** Source entry of `@alliance-panorama/data/full/fr` (Node only): the whole dataset with text in one language. */
import { type DatasetView } from '@alliance-panorama/core';
import { languageSlice } from '@alliance-panorama/core/export';
import { loadDataset } from '../load.js';

/** Every record, with its display texts in this language only. */
export const dataset: DatasetView = languageSlice(loadDataset(), 'fr');
