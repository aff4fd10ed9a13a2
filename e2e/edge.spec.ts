import { expect, test } from '@playwright/test';
import { clickCanvasCentre, openExplorer, selectionPanel } from './support/app';
import { expectNoSeriousA11yViolations } from './support/axe';
import { articleOf, englishName, edgeWithClearMiddle, participantEdge } from './support/graph-data';

const edge = participantEdge('person:samir-sharifov');
const { evidence, article } = articleOf(edge);

test('a link to an edge opens with its source excerpts in view', async ({ page }) => {
  await openExplorer(page, `/?edge=${encodeURIComponent(edge.id)}`);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(englishName(edge.source));
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(englishName(edge.target));
  const quote = panel.locator('mark').first();
  await expect(quote).toBeInViewport();
  await expect(quote).toHaveText(evidence.quote);
  await expect(panel.getByRole('figure').first()).toContainText(article.title);
  await expect(panel.locator('mark')).toHaveCount(edge.evidence.length);
  await expectNoSeriousA11yViolations(page);
});

test('clicking an edge on the canvas shows it, and the whole article can be read', async ({ page }) => {
  const long = edgeWithClearMiddle();
  const { evidence, article } = articleOf(long);
  await openExplorer(page, `/?edge=${encodeURIComponent(long.id)}`);
  await page.keyboard.press('Escape');
  await expect(selectionPanel(page)).toHaveCount(0);
  // The link centred the camera on the edge: its middle is under the canvas centre.
  await clickCanvasCentre(page);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(englishName(long.source));
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(englishName(long.target));
  expect(new URL(page.url()).searchParams.get('edge')).toBe(long.id);
  await panel.getByRole('button', { name: 'Read the whole article' }).first().click();
  const reader = page.getByRole('dialog', { name: article.title });
  await expect(reader).toBeVisible();
  await expect(reader.locator('mark')).toHaveText(evidence.quote);
  await expect(reader.locator('mark')).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(panel).toBeVisible();
});
