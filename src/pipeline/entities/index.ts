/** The entities part of the pipeline: load the curated dictionary, find and link mentions. */
export { loadCatalogue } from './load-catalogue';
export { extractEntities } from './extract-entities';
export { resolveName } from './resolve-name';
export { addRecord, type Catalogue } from './catalogue';
export { nameKey } from '../names/name-key';
export type * from './types';
