/** Source entry of `@alliance-panorama/data/territories/fr` (Node only): the territories with text in one language. */
import { type DatasetView } from '@alliance-panorama/core';
import { languageSlice } from '@alliance-panorama/core/export';
import { loadDataset } from '../load.js';

/** Every territory, with its display texts in this language only. */
export const territories: DatasetView['territories'] = languageSlice(loadDataset(), 'fr').territories;
