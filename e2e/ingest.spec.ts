/**
 * The analyst's journey end to end: ingest an article of our own into a copy of data/, build the
 * app against the new graph, serve it, and find the new meeting in the browser, marked as not yet reviewed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openExplorer, selectionPanel, urlParam } from './support/app';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLE = join(ROOT, 'src/pipeline/ingest/fixtures/en-georgia-moldova-reception.valid.txt');
/** Ingest's own range of ports (4190–4199), apart from the suite's preview server. */
const PORT = Number(process.env.INGEST_E2E_PORT ?? 4191);
const BASE = `http://localhost:${PORT}`;

let scratch: string;
let server: ChildProcess | undefined;
let meeting: { id: string; label: string };

interface Report {
  meetings: { id: string; kind: string; participants: { label: string }[] }[];
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  scratch = mkdtempSync(join(tmpdir(), 'diplograph-e2e-ingest-'));
  const data = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const output = execFileSync(tsx, ['src/pipeline/cli/ingest.ts', '--json', '--data', data, ARTICLE], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const report = JSON.parse(output) as Report;
  const found = report.meetings.find((m) => m.participants.some((p) => p.label === 'Nino Beridze'));
  if (!found) throw new Error(`ingest found no meeting with Nino Beridze: ${output}`);
  const graph = JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8')) as {
    nodes: { id: string; label: Record<string, string> }[];
  };
  meeting = { id: found.id, label: graph.nodes.find((n) => n.id === found.id)!.label.en! };

  const dist = join(scratch, 'dist');
  const vite = join(ROOT, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, DIPLOGRAPH_GRAPH: join(data, 'graph.json') },
    stdio: 'pipe',
  });
  server = spawn(vite, ['preview', '--outDir', dist, '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  await waitForServer(BASE, 60_000);
});

test.afterAll(() => {
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('an ingested article’s new person and meeting are in the app, the meeting marked not yet reviewed', async ({
  page,
}) => {
  await openExplorer(page, `${BASE}/`);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Beridze');
  await page
    .getByRole('option', { name: /Nino Beridze/ })
    .first()
    .click();
  await expect.poll(() => urlParam(page, 'node')).toBe('person:nino-beridze');
  const panel = selectionPanel(page);
  await expect(panel.getByRole('heading', { name: 'Nino Beridze', level: 2 })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Meetings' })).toContainText(meeting.label);

  await openExplorer(page, `${BASE}/?node=${encodeURIComponent(meeting.id)}`);
  await expect(panel.getByRole('heading', { name: meeting.label, level: 2 })).toBeVisible();
  await expect(panel).toContainText('Not yet reviewed');
  await expect(panel).toContainText('Ion Carp');
});
