import { expect, test } from '@playwright/test';
import { openExplorer, showList, urlParam } from './support/app';
import { countByName, meetings, meetingsOverlapping } from './support/graph-data';

test('dragging the start of the range with the mouse narrows the graph to that period', async ({ page }) => {
  await openExplorer(page);
  const track = page.getByRole('region', { name: 'Time range' });
  const handle = track.getByRole('slider', { name: 'Start of range' });
  const box = await handle.boundingBox();
  const bar = await page.getByRole('slider', { name: 'End of range' }).boundingBox();
  if (!box || !bar) throw new Error('time bar not laid out');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  // Half-way along the bar, in steps, as a hand would move.
  await page.mouse.move((box.x + bar.x) / 2, y, { steps: 12 });
  await page.mouse.up();

  await expect.poll(() => urlParam(page, 'from')).not.toBeNull();
  const from = urlParam(page, 'from') ?? '';
  expect(from).toMatch(/^\d{4}(-\d{2})?$/);
  await page.waitForFunction(() => performance.getEntriesByName('diplograph:range-settled').length > 0);

  const table = await showList(page);
  const inside = meetingsOverlapping({ from });
  const outside = meetings().filter((m) => m.date && !inside.includes(m));
  expect(inside.length).toBeGreaterThan(0);
  expect(outside.length).toBeGreaterThan(0);
  const shown = countByName(inside);
  for (const [name, count] of shown) {
    await expect(table.getByRole('button', { name, exact: true })).toHaveCount(count);
  }
  for (const name of countByName(outside).keys()) {
    if (!shown.has(name)) await expect(table.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
});

test('exact dates typed in the date inputs set the range', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await expect.poll(() => urlParam(page, 'from')).toBe('2025-01-01');
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect.poll(() => urlParam(page, 'from')).toBeNull();
});

test('the range handles move with the keyboard', async ({ page }) => {
  await openExplorer(page);
  const end = page.getByRole('slider', { name: 'End of range' });
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => urlParam(page, 'to')).not.toBeNull();
});
