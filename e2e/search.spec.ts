import { expect, test } from '@playwright/test';
import { openExplorer, selectionPanel, urlParam } from './support/app';
import { englishName } from './support/graph-data';

const SHARIFOV = 'person:samir-sharifov';

test('searching “Шарифов” and choosing the result selects the node; Back undoes it', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Шарифов');
  const option = page.getByRole('option', { name: new RegExp(englishName(SHARIFOV)) });
  await expect(option).toBeVisible();
  await option.click();
  await expect.poll(() => urlParam(page, 'node')).toBe(SHARIFOV);
  expect(urlParam(page, 'q')).toBe('Шарифов');
  await expect(selectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(englishName(SHARIFOV));

  await page.goBack();
  await expect.poll(() => urlParam(page, 'node')).toBeNull();
  await expect(selectionPanel(page)).toHaveCount(0);
});

for (const query of ['Sharifov', 'Шаріфов', 'sharif']) {
  test(`“${query}” finds Samir Sharifov, chosen with the keyboard`, async ({ page }) => {
    await openExplorer(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(query);
    await expect(page.getByRole('option').first()).toContainText(englishName(SHARIFOV));
    await search.press('Enter');
    await expect.poll(() => urlParam(page, 'node')).toBe(SHARIFOV);
  });
}
