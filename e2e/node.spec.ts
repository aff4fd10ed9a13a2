import { expect, test } from '@playwright/test';
import { clickCanvasCentre, openExplorer, selectionPanel, showList, urlParam } from './support/app';
import { expectNoSeriousA11yViolations } from './support/axe';
import { englishName, meetings, neighbours, node } from './support/graph-data';

const SHARIFOV = 'person:samir-sharifov';

test('choosing a node in the list, then on the canvas, opens its panel', async ({ page }) => {
  await openExplorer(page);
  const table = await showList(page);
  await table.getByRole('button', { name: englishName(SHARIFOV), exact: true }).click();
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { name: englishName(SHARIFOV), level: 2 })).toBeVisible();
  expect(urlParam(page, 'node')).toBe(SHARIFOV);

  // Names in every language the data has, and the meetings, earliest first.
  for (const name of Object.values(node(SHARIFOV).label)) await expect(panel).toContainText(name);
  const own = meetings().filter((m) => neighbours(SHARIFOV).includes(m.id));
  const sorted = [...own].sort((a, b) => (a.date?.start ?? '9').localeCompare(b.date?.start ?? '9'));
  const meetingList = panel.getByRole('region', { name: 'Meetings' });
  const listed = await meetingList.getByRole('listitem').allInnerTexts();
  expect(listed.length).toBe(sorted.length);
  sorted.forEach((meeting, i) => expect(listed[i]).toContain(englishName(meeting.id)));
  await expect(panel.getByRole('heading', { name: 'Connections' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Esc closes the panel; the camera stayed on the node, so a click in the middle selects it again.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await clickCanvasCentre(page);
  await expect(panel.getByRole('heading', { name: englishName(SHARIFOV), level: 2 })).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText(englishName(SHARIFOV));
});

test('focusing on a node shows only its neighbourhood', async ({ page }) => {
  await openExplorer(page, `/?node=${SHARIFOV}`);
  await selectionPanel(page).getByRole('button', { name: '1 step', exact: true }).click();
  const expected = new Set([SHARIFOV, ...neighbours(SHARIFOV)]).size;
  await expect(page.getByRole('img', { name: new RegExp(`Graph of ${expected} nodes`) })).toBeVisible();
  expect(urlParam(page, 'focus')).toBe(SHARIFOV);
  await page.getByRole('button', { name: 'Show everything' }).click();
  expect(urlParam(page, 'focus')).toBeNull();
});

test('a node clicked where the panel opens is moved out from under it', async ({ page }) => {
  await openExplorer(page);
  // The node drawn furthest right: the panel, once open, covers that part of the canvas.
  const spot = await page.evaluate(() => {
    type CyHost = { _cyreg: { cy: import('cytoscape').Core } };
    const container = document.querySelector('[data-testid="graph-canvas"]') as unknown as CyHost & HTMLElement;
    const box = container.getBoundingClientRect();
    const inside = container._cyreg.cy
      .nodes()
      .map((n) => n.renderedPosition())
      .filter((p) => p.x < box.width - 15 && p.y > 15 && p.y < box.height - 15);
    const right = inside.reduce((a, b) => (b.x > a.x ? b : a));
    return { x: box.left + right.x, y: box.top + right.y, rightEdge: box.right };
  });
  await page.mouse.click(spot.x, spot.y);
  const panel = selectionPanel(page);
  await expect(panel).toBeVisible();
  const panelLeft = (await panel.boundingBox())!.x;
  expect(spot.x, 'the node was where the panel now is').toBeGreaterThan(panelLeft);
  const selected = urlParam(page, 'node');
  expect(selected).not.toBeNull();
  await expect
    .poll(() =>
      page.evaluate((id) => {
        type CyHost = { _cyreg: { cy: import('cytoscape').Core } };
        const container = document.querySelector('[data-testid="graph-canvas"]') as unknown as CyHost & HTMLElement;
        return container.getBoundingClientRect().left + container._cyreg.cy.getElementById(id).renderedPosition().x;
      }, selected!),
    )
    .toBeLessThan(panelLeft);
});
