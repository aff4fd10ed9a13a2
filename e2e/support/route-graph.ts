/**
 * Serves a graph of the test's own to the page, split as the build splits data/graph.json
 * (src/shared/graph/split.ts): the first-view file and its chunks.
 */
import type { Page } from '@playwright/test';
import type { Graph } from '../../src/shared/graph/schema';
import { splitGraph, splitGraphFiles } from '../../src/shared/graph/split';

export async function routeGraph(page: Page, graph: unknown): Promise<void> {
  const files = splitGraphFiles(splitGraph(graph as Graph, 'e2e'));
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const body = files.get(path);
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}
