import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { routeGraph } from './support/route-graph';

// Contract files with a fault each, served split as the build splits data/graph.json.
const impossibleDate: unknown = JSON.parse(readFileSync('e2e/fixtures/impossible-date.invalid.json', 'utf8'));
const danglingEdge: unknown = JSON.parse(readFileSync('e2e/fixtures/dangling-edge.invalid.json', 'utf8'));

test('an invalid graph file gets a plain error that names the path and the reason', async ({ page }) => {
  await routeGraph(page, impossibleDate);
  await page.goto('/');
  const error = page.getByRole('alert');
  await expect(error).toContainText('The graph file is not valid');
  await expect(error).toContainText('nodes[1].date.start');
  await expect(error).toContainText('is not a valid date');
});

test('an edge pointing nowhere is left out, named on the page, and the rest still opens', async ({ page }) => {
  await routeGraph(page, danglingEdge);
  await page.goto('/');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('edges[0].target');
  await expect(notice).toContainText('person:nobody');
  await expect(page.getByRole('img', { name: 'Graph of 2 nodes and 0 connections' })).toBeVisible({ timeout: 20_000 });
});

test('a graph that fails to load says so and offers to try again', async ({ page }) => {
  let fail = true;
  await page.route('**/data/view.json', (route) => (fail ? route.abort('failed') : route.continue()));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be loaded', { timeout: 15_000 });
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('img', { name: /Graph of \d+ nodes/ })).toBeVisible({ timeout: 20_000 });
});
