/** Source entry of `@alliance-panorama/data/list/fr` (Node only): the light first-load file of the widget. */
import { type DatasetView } from '@alliance-panorama/core';
import { listSlice } from '@alliance-panorama/core/export';
import { loadDataset } from '../load.js';

/** Every practice, territory and actor with text in this language only, summaries cut to an excerpt. */
export const list: DatasetView = listSlice(loadDataset(), 'fr');
