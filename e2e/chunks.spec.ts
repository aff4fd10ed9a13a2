import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Graph } from '../src/shared/graph/schema';
import { openExplorer, selectionPanel } from './support/app';
import { routeGraph } from './support/route-graph';

const tiny = JSON.parse(readFileSync('src/shared/graph/fixtures/tiny.valid.json', 'utf8')) as Graph;
const edge = tiny.edges[0]!;
const edgeLink = `/?edge=${encodeURIComponent(edge.id)}`;

test('sources that fail to load say so, and come with Try again', async ({ page }) => {
  await routeGraph(page, tiny);
  let fail = true;
  // Registered last, so it is asked first: the node chunk fails until the reader asks again.
  await page.route('**/data/nodes/*.json*', (route) => (fail ? route.abort('failed') : route.fallback()));
  await openExplorer(page, edgeLink);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('alert')).toContainText('The sources could not be loaded', { timeout: 15_000 });
  await expect(panel.getByRole('alert')).toContainText('data/nodes/0.json');
  fail = false;
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.locator('mark')).toHaveText(edge.evidence[0]!.quote);
});

test('an excerpt whose quote is not its article’s text at its offsets is shown as an error', async ({ page }) => {
  const graph = structuredClone(tiny);
  graph.edges[0]!.evidence[0]!.quote = 'Ali Asadov met someone else entirely.';
  await routeGraph(page, graph);
  await openExplorer(page, edgeLink);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('alert')).toContainText('This excerpt does not match its article');
  await expect(panel.locator('mark')).toHaveCount(0);
});
