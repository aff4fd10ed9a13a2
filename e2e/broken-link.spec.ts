import { expect, test } from '@playwright/test';
import { openExplorer, urlParam } from './support/app';
import { expectNoSeriousA11yViolations } from './support/axe';

test('a link with an unknown id and a malformed date still opens and says what it could not use', async ({ page }) => {
  await openExplorer(page, '/?node=person:nobody-at-all&from=2025-13-45&to=2025-12-31&types=person,planet&lang=en');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('person:nobody-at-all');
  await expect(notice).toContainText('2025-13-45');
  await expect(notice).toContainText('planet');
  // What could be used was applied.
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2025-12-31');
  expect(urlParam(page, 'to')).toBe('2025-12-31');
  expect(urlParam(page, 'types')).toBe('person');
  expect(urlParam(page, 'node')).toBeNull();
  await expect(page.getByRole('checkbox', { name: /Meeting/ })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('markup in a link is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await openExplorer(page, `/?node=${encodeURIComponent(payload)}&q=${encodeURIComponent(payload)}`);
  await expect(page.getByRole('alert')).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(payload);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
