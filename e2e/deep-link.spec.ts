import { expect, test } from '@playwright/test';
import { openExplorer, showList } from './support/app';
import { countByName, englishName, meetingsOverlapping, neighbours } from './support/graph-data';

test('a link for 2021 shows the 2021 meetings with Lukashenko and Khrenin, not the 2025 ones', async ({ page }) => {
  await openExplorer(page, '/?from=2021-01-01&to=2021-12-31');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2021-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2021-12-31');
  const table = await showList(page);

  const of2021 = meetingsOverlapping({ from: '2021-01-01', to: '2021-12-31' });
  const withThem = of2021.filter((m) =>
    neighbours(m.id).some((id) => id === 'person:alexander-lukashenko' || id === 'person:viktor-khrenin'),
  );
  expect(withThem.length).toBeGreaterThan(0);
  const shown = countByName(of2021);
  for (const [name, count] of shown) {
    await expect(table.getByRole('button', { name, exact: true })).toHaveCount(count);
  }
  for (const name of countByName(meetingsOverlapping({ from: '2025-01-01', to: '2025-12-31' })).keys()) {
    if (!shown.has(name)) await expect(table.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  for (const person of ['person:alexander-lukashenko', 'person:viktor-khrenin']) {
    await expect(table.getByRole('button', { name: englishName(person), exact: true })).toBeVisible();
  }
});

test('Share copies the link that reopens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '/?node=person:samir-sharifov&from=2025');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('node')).toBe('person:samir-sharifov');
  expect(new URL(copied).searchParams.get('from')).toBe('2025');
});
