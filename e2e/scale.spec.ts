/**
 * Every explorer journey at scale (issue 6), on a corpus of 10,000 generated articles fed
 * through the real pipeline: open, click a node and an edge on the canvas, read an excerpt and
 * its article, search in another script, page through a long panel list, Back and Forward,
 * a deep link, drag and type the date range, the list view.
 *
 * Prepare the data once with `npx tsx bench/e2e-scale.ts`, then `npm run test:e2e:scale`
 * (builds against bench/.work/e2e-10000/data/graph.json and runs only this file). The
 * expectations come from that graph and its facts.json, never from fixed names.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ScaleFacts } from '../bench/scale-facts';
import type { DateRange } from '../src/shared/dates/iso';
import { PANEL_ROWS } from '../src/app/panels/panel-rows';
import { parseIsoDate } from '../src/shared/dates/iso';
import { selectionPanel, showList, urlParam } from './support/app';
import { englishName, graph, graphFile, meetingsOverlapping, node } from './support/graph-data';

const facts = JSON.parse(readFileSync(join(dirname(graphFile), '..', 'facts.json'), 'utf8')) as ScaleFacts;
const BUDGET = 400;
const busiest = facts.busiestPerson.id;

/**
 * The canvas's container, through which page code reaches its Cytoscape instance as the
 * benchmark does: `(document.querySelector(CANVAS) as unknown as CyHost)._cyreg.cy`.
 */
type CyHost = { _cyreg: { cy: import('cytoscape').Core } };
const CANVAS = '[data-testid="graph-canvas"]';

async function open(page: Page, path = '/'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  // Generous: a 57 MB graph parsed and drawn in software on a shared machine.
  await page.waitForFunction(() => performance.getEntriesByName('diplograph:first-frame').length > 0, null, {
    timeout: 180_000,
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many nodes pass a range, by the README's rules, counted here from the graph itself. */
function passingInRange(range: DateRange): number {
  const inRange = new Set(meetingsOverlapping(range).map((m) => m.id));
  const actors = new Set<string>();
  for (const edge of graph.edges) {
    if (inRange.has(edge.source) && !edge.target.startsWith('meeting:')) actors.add(edge.target);
    if (inRange.has(edge.target) && !edge.source.startsWith('meeting:')) actors.add(edge.source);
  }
  return inRange.size + actors.size;
}

/** What the view bar and the canvas say for this many passing nodes. */
async function expectShown(page: Page, passing: number): Promise<void> {
  const shown = Math.min(passing, BUDGET);
  await expect(page.getByRole('img', { name: new RegExp(`^Graph of ${shown} nodes`) })).toBeVisible();
  const note = page.getByText(`Showing the ${BUDGET} most connected of ${passing} nodes.`);
  if (passing > BUDGET) await expect(note).toBeVisible();
  else await expect(note).toHaveCount(0);
}

/**
 * A node, or an edge's middle, drawn at least `clear` px from every other node (and an edge's
 * middle clear of other edges), where a click reaches the canvas.
 */
async function clearSpot(page: Page, kind: 'node' | 'edge', clear: number) {
  // Edges are drawn by the app's edge layer, not by Cytoscape: the shown ones are the graph's
  // edges between nodes on the canvas (every such edge is shown), at their nodes' positions.
  const links = kind === 'edge' ? graph.edges.map((e) => [e.id, e.source, e.target] as const) : [];
  return page.evaluate(
    ({ kind, clear, canvas, links }) => {
      const cy = (document.querySelector(canvas) as unknown as CyHost)._cyreg.cy;
      const container = cy.container()!;
      const box = container.getBoundingClientRect();
      const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      const at = new Map(nodes.map((n) => [n.id, n]));
      const reachable = (x: number, y: number) => {
        if (!(x > 20 && y > 20 && x < box.width - 20 && y < box.height - 20)) return false;
        const hit = document.elementFromPoint(box.left + x, box.top + y);
        return hit !== null && container.contains(hit);
      };
      const far = (x: number, y: number, except: string[]) =>
        nodes.every((n) => except.includes(n.id) || Math.hypot(n.x - x, n.y - y) > clear);
      const segments = links.flatMap(([id, source, target]) => {
        const a = at.get(source);
        const b = at.get(target);
        return a && b ? [{ id, a, b }] : [];
      });
      const toSegment = (x: number, y: number, s: (typeof segments)[number]) => {
        const dx = s.b.x - s.a.x;
        const dy = s.b.y - s.a.y;
        const t = Math.max(0, Math.min(1, ((x - s.a.x) * dx + (y - s.a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(s.a.x + t * dx - x, s.a.y + t * dy - y);
      };
      const alone = (x: number, y: number, id: string) =>
        kind === 'node' || segments.every((s) => s.id === id || toSegment(x, y, s) > 10);
      const items =
        kind === 'node'
          ? nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, except: [n.id] }))
          : segments.map(({ id, a, b }) => {
              const long = Math.hypot(a.x - b.x, a.y - b.y) > 4 * clear;
              return { id: long ? id : '', x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, except: [] as string[] };
            });
      const spot = items.find(
        (item) =>
          item.id && reachable(item.x, item.y) && far(item.x, item.y, item.except) && alone(item.x, item.y, item.id),
      );
      return spot ? { id: spot.id, x: box.left + spot.x, y: box.top + spot.y } : null;
    },
    { kind, clear, canvas: CANVAS, links },
  );
}

/** A few wheel turns in, at the middle of the canvas (each turn zooms by a few per cent). */
async function wheelZoomIn(page: Page): Promise<void> {
  const box = (await page.locator(CANVAS).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let turn = 0; turn < 6; turn += 1) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
}

/** The ids of a node's neighbours in the whole graph. */
function neighboursOf(id: string): string[] {
  return graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
}

const labelsNamed = async (page: Page) => Number(await page.getByTestId('edge-layer').getAttribute('data-labels'));

test('opens on the bounded view; a node and an edge clicked on the canvas open their panels', async ({ page }) => {
  await open(page);
  await expectShown(page, graph.nodes.length);
  // Zoomed out past Cytoscape's own labels, the busiest nodes on the canvas are still named.
  await expect.poll(() => labelsNamed(page)).toBeGreaterThanOrEqual(10);

  const spot = await clearSpot(page, 'node', 30);
  expect(spot, 'a node drawn clear of the others').not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(englishName(spot!.id));
  expect(urlParam(page, 'node')).toBe(spot!.id);
  // The neighbourhood is highlighted: the node and every shown neighbour carry their class.
  await expect
    .poll(() =>
      page.evaluate(
        ({ id, canvas, neighbours }) => {
          const cy = (document.querySelector(canvas) as unknown as CyHost)._cyreg.cy;
          const selected = cy.getElementById(id);
          const around = neighbours.map((n) => cy.getElementById(n)).filter((n) => n.nonempty());
          return selected.hasClass('selected') && around.length > 0 && around.every((n) => n.hasClass('neighbour'));
        },
        { id: spot!.id, canvas: CANVAS, neighbours: neighboursOf(spot!.id) },
      ),
    )
    .toBe(true);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // The overview of 10,000 articles is dense: zoom in, as a reader would, until an edge's
  // middle lies clear of the nodes.
  let edgeSpot = await clearSpot(page, 'edge', 25);
  for (let step = 0; step < 8 && !edgeSpot; step += 1) {
    await wheelZoomIn(page);
    edgeSpot = await clearSpot(page, 'edge', 25);
  }
  expect(edgeSpot, 'an edge whose middle is clear of nodes').not.toBeNull();
  const edge = graph.edges.find((e) => e.id === edgeSpot!.id)!;
  await page.mouse.click(edgeSpot!.x, edgeSpot!.y);
  await expect.poll(() => urlParam(page, 'edge')).toBe(edge.id);
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toContainText(englishName(edge.source));
  await expect(heading).toContainText(englishName(edge.target));
  const evidence = edge.evidence[0]!;
  await expect(panel.locator('mark').first()).toHaveText(evidence.quote);
  const article = graph.articles.find((a) => a.id === evidence.article)!;
  await panel.getByRole('button', { name: 'Read the whole article' }).first().click();
  const reader = page.getByRole('dialog', { name: article.title });
  await expect(reader.locator('mark')).toHaveText(evidence.quote);
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();

  // Zoomed in until Cytoscape draws its labels, the overview names give way to them.
  const zoom = () =>
    page.evaluate((canvas) => (document.querySelector(canvas) as unknown as CyHost)._cyreg.cy.zoom(), CANVAS);
  for (let step = 0; step < 15 && (await zoom()) < 9 / 11; step += 1) await wheelZoomIn(page);
  expect(await zoom()).toBeGreaterThanOrEqual(9 / 11);
  await expect.poll(() => labelsNamed(page)).toBe(0);

  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(page.getByRole('img', { name: new RegExp(`^Graph of ${2 * BUDGET} nodes`) })).toBeVisible();
});

test('the first frame needs only the first view; what sums up the whole graph says it is loading until the rest comes', async ({
  page,
}) => {
  // view.json is held back until the checks below are done: the first frame must not need it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/view.json', async (route) => {
    await held;
    await route.continue();
  });
  await open(page);
  await expectShown(page, graph.nodes.length);
  const drawn = () =>
    page.evaluate((canvas) => {
      const cy = (document.querySelector(canvas) as unknown as CyHost)._cyreg.cy;
      return cy.nodes().map((n) => `${n.id()}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`);
    }, CANVAS);
  const first = await drawn();
  expect(first).toHaveLength(BUDGET);
  await expect(page.locator('link[rel="preload"][href$="/data/view.json"]')).toHaveCount(0);

  const loading = 'Loading the rest of the graph…';
  await expect(page.getByRole('button', { name: 'Show more' })).toBeDisabled();
  await expect(page.getByLabel('From', { exact: true })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: loading }).first()).toBeVisible();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(englishName(busiest).slice(0, 4));
  await expect(page.getByRole('option', { name: loading })).toBeVisible();
  await search.fill('');
  await page.keyboard.press('Escape');

  release();
  // The whole graph: the time bar's handles, search results, and the same picture as before.
  await expect(page.getByRole('slider', { name: 'Start of range' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' })).toBeEnabled();
  expect((await drawn()).sort()).toEqual([...first].sort());
  await search.fill(englishName(busiest));
  await expect(
    page.getByRole('option', { name: new RegExp(escapeRegExp(englishName(busiest))) }).first(),
  ).toBeVisible();
});

test('the busiest official: found in Cyrillic, a long meeting list in pages, an excerpt, Back and Forward', async ({
  page,
}) => {
  await open(page);
  const person = node(busiest);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(person.label.ru ?? person.label.uk ?? englishName(busiest));
  await page
    .getByRole('option', { name: new RegExp(escapeRegExp(englishName(busiest))) })
    .first()
    .click();
  await expect.poll(() => urlParam(page, 'node')).toBe(busiest);
  const panel = selectionPanel(page);
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(englishName(busiest));

  // Every linked meeting, earliest first; the panel lays out the first rows (PANEL_ROWS) and pages on.
  const first = (id: string) => {
    const n = node(id);
    return n.type === 'meeting' && n.date ? (parseIsoDate(n.date.start)?.first ?? '9') : '9';
  };
  const own = [
    ...new Set(
      graph.edges.flatMap((e) =>
        e.source === busiest && e.target.startsWith('meeting:')
          ? [e.target]
          : e.target === busiest && e.source.startsWith('meeting:')
            ? [e.source]
            : [],
      ),
    ),
  ].sort((a, b) => first(a).localeCompare(first(b)) || a.localeCompare(b));
  expect(own.length).toBeGreaterThanOrEqual(facts.busiestPerson.meetings);
  const meetingList = panel.getByRole('region', { name: 'Meetings' });
  const items = meetingList.getByRole('listitem');
  await expect(items).toHaveCount(PANEL_ROWS);
  await expect(meetingList).toContainText(`Showing ${PANEL_ROWS} of ${own.length}.`);
  const listed = await items.allInnerTexts();
  listed.forEach((text, i) => expect(text).toContain(englishName(own[i]!)));
  await meetingList.getByRole('button', { name: `Show ${PANEL_ROWS} more` }).click();
  await expect(items).toHaveCount(2 * PANEL_ROWS);
  // Connections page the same way, per relation.
  const participations = graph.edges.filter(
    (e) => e.type === 'participant' && (e.source === busiest || e.target === busiest),
  ).length;
  expect(participations).toBeGreaterThan(PANEL_ROWS);
  await expect(panel.getByRole('region', { name: 'Connections' })).toContainText(
    `Showing ${PANEL_ROWS} of ${participations}.`,
  );

  // Into the first meeting, then its participant edge and the quote behind it.
  await items.first().getByRole('button').click();
  await expect.poll(() => urlParam(page, 'node')).toBe(own[0]);
  await expect(heading).toHaveText(englishName(own[0]!));
  const edge = graph.edges.find((e) => e.source === busiest && e.target === own[0] && e.type === 'participant');
  expect(edge).toBeDefined();
  const connection = panel.getByRole('listitem').filter({ hasText: edge!.evidence[0]!.quote });
  await connection
    .first()
    .getByRole('button', { name: /^Sources/ })
    .click();
  await expect.poll(() => urlParam(page, 'edge')).toBe(edge!.id);
  await expect(panel.locator('mark').first()).toHaveText(edge!.evidence[0]!.quote);

  await page.goBack();
  await expect(heading).toHaveText(englishName(own[0]!));
  await page.goBack();
  await expect(heading).toHaveText(englishName(busiest));
  await page.goForward();
  await expect(heading).toHaveText(englishName(own[0]!));
  await page.goForward();
  await expect.poll(() => urlParam(page, 'edge')).toBe(edge!.id);
});

test('a deep link into a year; the range typed and dragged narrows the canvas and the list', async ({ page }) => {
  const meeting = facts.meetingOfBusiestPerson;
  expect(meeting, 'facts.json names a meeting of the busiest official').toBeDefined();
  const year = meeting!.date.slice(0, 4);
  await open(page, `/?node=${encodeURIComponent(meeting!.id)}&from=${year}&to=${year}`);
  // This view is not the first view's: the whole view was asked for with the page, not after the script.
  await expect(page.locator('link[rel="preload"][href$="/data/view.json"]')).toHaveCount(1);
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(englishName(meeting!.id));
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`${year}-01-01`);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(`${year}-12-31`);
  await expectShown(page, passingInRange({ from: year, to: year }));
  await expect
    .poll(() =>
      page.evaluate(
        ({ id, canvas }) =>
          (document.querySelector(canvas) as unknown as CyHost)._cyreg.cy.getElementById(id).hasClass('selected'),
        { id: meeting!.id, canvas: CANVAS },
      ),
    )
    .toBe(true);

  // The list holds what the canvas shows: meetings of that year only, and a row selects.
  const table = await showList(page);
  const inYear = new Set(meetingsOverlapping({ from: year, to: year }).map((m) => englishName(m.id)));
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')?.textContent ?? '', type: tr.children[1]?.textContent ?? '' })),
    );
  expect(rows.length).toBe(Math.min(BUDGET, passingInRange({ from: year, to: year })));
  const meetingRows = rows.filter((row) => row.type.includes('Meeting'));
  expect(meetingRows.length).toBeGreaterThan(0);
  for (const row of meetingRows) expect(inYear.has(row.name), row.name).toBe(true);
  const other = rows.find((row) => row.name !== englishName(meeting!.id))!;
  await table.getByRole('button', { name: other.name, exact: true }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(other.name);
  await page.getByRole('button', { name: 'Graph', exact: true }).click();

  // A typed start date.
  const from = `${Number(year) - 2}-03-01`;
  await page.getByLabel('From', { exact: true }).fill(from);
  await expect.poll(() => urlParam(page, 'from')).toBe(from);
  await expectShown(page, passingInRange({ from, to: year }));

  // All dates, then the start handle dragged with the mouse to the middle of the bar.
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect.poll(() => urlParam(page, 'from')).toBeNull();
  await expectShown(page, graph.nodes.length);
  const start = await page.getByRole('slider', { name: 'Start of range' }).boundingBox();
  const end = await page.getByRole('slider', { name: 'End of range' }).boundingBox();
  if (!start || !end) throw new Error('time bar not laid out');
  const y = start.y + start.height / 2;
  await page.evaluate(() => performance.clearMarks('diplograph:range-settled'));
  await page.mouse.move(start.x + start.width / 2, y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, y, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => urlParam(page, 'from')).not.toBeNull();
  await page.waitForFunction(() => performance.getEntriesByName('diplograph:range-settled').length > 0);
  const dragged = urlParam(page, 'from')!;
  await expectShown(page, passingInRange({ from: dragged }));
});
