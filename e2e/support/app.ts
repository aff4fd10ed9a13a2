import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a link and waits until the graph has been drawn once. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  // Generous: software rendering on a busy machine can take seconds to the first frame.
  await expect(page.getByTestId('graph-canvas')).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => performance.getEntriesByName('diplograph:first-frame').length > 0, null, {
    timeout: 20_000,
  });
}

export function selectionPanel(page: Page): Locator {
  return page.getByRole('complementary');
}

export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

export async function showList(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  return page.getByRole('table');
}

/** Clicks the middle of the canvas, where the camera puts what was chosen last. */
export async function clickCanvasCentre(page: Page): Promise<void> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('canvas has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
