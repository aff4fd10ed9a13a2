/** The entities part of the pipeline: load the curated dictionary, find and link mentions. */
export { loadCatalogue } from './load-catalogue';
export { extractEntities } from './extract-entities';
export type { Catalogue } from './catalogue';
export type * from './types';
