/**
 * Rows a panel list shows at first, and how many more each press adds: more than a screenful,
 * few enough that opening the panel of the busiest node at scale builds a short page (the
 * rows are most of a click's React and DOM work there).
 */
export const PANEL_ROWS = 20;
