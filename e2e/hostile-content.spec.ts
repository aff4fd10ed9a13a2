import { expect, test } from '@playwright/test';
import { checkGraph } from '../src/shared/graph/invariants';
import { openExplorer, selectionPanel } from './support/app';
import { routeGraph } from './support/route-graph';

const SCRIPT = '<script>window.__planted = "script"</script>';
const IMAGE = '<img src="x" onerror="window.__planted = \'image\'">';
const text = `Intro ${SCRIPT}. Ali ${IMAGE} met Bob in Baku on 3 March 2025. The end.`;
const quote = `Ali ${IMAGE} met Bob in Baku`;
const start = text.indexOf(quote);

/** A valid graph whose article text, names and URL all carry markup and script. */
const hostileGraph = {
  schemaVersion: 1,
  articles: [
    {
      id: 'hostile-article',
      title: `Title ${SCRIPT}`,
      outlet: IMAGE,
      url: 'https://example.org/news?x="><script>window.__planted="url"</script>',
      published: '2025-03-03',
      language: 'en',
      text,
    },
  ],
  nodes: [
    { id: 'person:ali', type: 'person', label: { en: `Ali ${IMAGE}` }, aliases: [SCRIPT], roles: [] },
    {
      id: 'meeting:2025-03-03-ali-bob',
      type: 'meeting',
      label: { en: `Meeting ${SCRIPT}` },
      aliases: [],
      kind: 'meeting',
      date: { start: '2025-03-03' },
      status: 'held',
      place: IMAGE,
    },
  ],
  edges: [
    {
      id: 'participant:person:ali->meeting:2025-03-03-ali-bob',
      source: 'person:ali',
      target: 'meeting:2025-03-03-ali-bob',
      type: 'participant',
      evidence: [{ article: 'hostile-article', start, end: start + quote.length, quote }],
    },
  ],
};

test('markup and script in the data are shown as text and never run', async ({ page }) => {
  expect(checkGraph(hostileGraph).ok).toBe(true);
  await routeGraph(page, hostileGraph);
  await openExplorer(page, `/?edge=${encodeURIComponent(hostileGraph.edges[0]?.id ?? '')}`);
  const panel = selectionPanel(page);
  await expect(panel.locator('mark')).toHaveText(quote);
  await panel.getByRole('button', { name: 'Read the whole article' }).click();
  const reader = page.getByRole('dialog');
  await expect(reader).toContainText(SCRIPT);
  // The address is a plain link to the source site, its markup inert.
  await expect(reader.getByRole('link')).toHaveText('example.org');
  await page.keyboard.press('Escape');
  await panel.getByRole('button', { name: `Ali ${IMAGE}` }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Ali ${IMAGE}`);
  await expect(panel).toContainText(SCRIPT);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __planted?: string }).__planted)).toBeUndefined();
});

test('the production build forbids inline and foreign scripts', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  // A script the page did not ship is refused.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});
