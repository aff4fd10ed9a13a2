import { expect, test } from '@playwright/test';
import { openExplorer, selectionPanel, showList, urlParam } from './support/app';
import { englishName } from './support/graph-data';

test('Back and Forward step through selections', async ({ page }) => {
  await openExplorer(page);
  const table = await showList(page);
  const first = 'person:ilham-aliyev';
  const second = 'person:alexander-lukashenko';
  await table.getByRole('button', { name: englishName(first), exact: true }).click();
  await expect.poll(() => urlParam(page, 'node')).toBe(first);
  await table.getByRole('button', { name: englishName(second), exact: true }).click();
  await expect.poll(() => urlParam(page, 'node')).toBe(second);
  const heading = selectionPanel(page).getByRole('heading', { level: 2 });

  await page.goBack();
  await expect(heading).toHaveText(englishName(first));
  expect(urlParam(page, 'node')).toBe(first);
  await page.goBack();
  await expect(selectionPanel(page)).toHaveCount(0);
  await page.goForward();
  await expect(heading).toHaveText(englishName(first));
  await page.goForward();
  await expect(heading).toHaveText(englishName(second));
});
