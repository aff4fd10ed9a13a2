/**
 * Page furniture: the parts of a copied web page that are not the article (language menus,
 * "read also" link lists, browser notices, share bars). Extraction does not read them;
 * the graph records what was set aside and why.
 */
export interface SetAside {
  start: number;
  end: number;
  reason: string;
}

/** Ranges of `text` that are page furniture, sorted and non-overlapping. */
export function findFurniture(_text: string): SetAside[] {
  // First version: nothing is set aside. The ingest work replaces this with real detection.
  return [];
}
