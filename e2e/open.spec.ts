import { expect, test } from '@playwright/test';
import { openExplorer } from './support/app';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graph } from './support/graph-data';

test('opening the explorer shows the whole graph, the legend and the time bar', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByRole('heading', { name: 'Diplograph', level: 1 })).toBeVisible();
  const shown = Math.min(graph.nodes.length, 400);
  await expect(page.getByRole('img', { name: new RegExp(`Graph of ${shown} nodes`) })).toBeVisible();
  for (const type of ['State', 'Official', 'Organization', 'Meeting']) {
    await expect(page.getByRole('checkbox', { name: new RegExp(type) })).toBeChecked();
  }
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Not yet reviewed');
  await expect(page.getByRole('region', { name: 'Time range' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Start of range' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('hiding a node type takes it off the canvas and into the link', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('checkbox', { name: /Meeting/ }).uncheck();
  const others = graph.nodes.filter((n) => n.type !== 'meeting').length;
  await expect(page.getByRole('img', { name: new RegExp(`Graph of ${Math.min(others, 400)} nodes`) })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('types')).toBe('state,person,organization');
});

test('the interface speaks Russian and Ukrainian when the link says so', async ({ page }) => {
  await openExplorer(page, '/?lang=uk');
  await expect(page.getByRole('heading', { name: 'Період' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('combobox', { name: 'Мова' }).selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Период' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
});

test('on a phone in dark mode the panel is a bottom sheet and the page stays accessible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, '/?node=person:samir-sharifov');
  const panel = page.getByRole('complementary');
  await expect(panel).toBeVisible();
  const box = await panel.boundingBox();
  expect(box?.width).toBeCloseTo(390, -1);
  // The sheet is drawn over the canvas; the selected node is placed in the part it leaves free.
  const nodeAt = await page.evaluate(() => {
    type CyHost = { _cyreg: { cy: import('cytoscape').Core } };
    const container = document.querySelector('[data-testid="graph-canvas"]') as unknown as CyHost & HTMLElement;
    const p = container._cyreg.cy.getElementById('person:samir-sharifov').renderedPosition();
    const canvas = container.getBoundingClientRect();
    return { x: canvas.left + p.x, y: canvas.top + p.y, canvasTop: canvas.top };
  });
  expect(nodeAt.y).toBeGreaterThan(nodeAt.canvasTop);
  expect(nodeAt.y).toBeLessThan(box!.y);
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
