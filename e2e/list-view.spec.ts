import { expect, test, type Page } from '@playwright/test';
import { openExplorer, selectionPanel, urlParam } from './support/app';
import { expectNoSeriousA11yViolations } from './support/axe';
import { graph } from './support/graph-data';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { role: string | null; text: string }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => ({
      role: document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase() ?? null,
      text: document.activeElement?.textContent?.trim() ?? '',
    }));
    if (matches(el)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('the list view works with the keyboard alone', async ({ page }) => {
  await openExplorer(page);
  await tabTo(page, (el) => el.text === 'List');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(Math.min(graph.nodes.length, 400) + 1);

  // Sort by name with the keyboard.
  await tabTo(page, (el) => el.text.startsWith('Name'));
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  const names = await table.locator('tbody th').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));

  // The first row, chosen by keyboard, selects its node.
  await tabTo(page, (el) => el.text === names[0]);
  await page.keyboard.press('Enter');
  await expect(selectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(names[0] ?? '');
  expect(urlParam(page, 'node')).not.toBeNull();
  await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(selectionPanel(page)).toHaveCount(0);
});
