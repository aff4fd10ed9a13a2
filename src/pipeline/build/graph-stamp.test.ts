/** graph.json is read back as "the graph as it stands" only while its stamp matches the data and the file. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { CACHE_DIR, sha1 } from './extraction-cache';
import { buildGraph } from './build-graph';
import { loadCatalogue } from '../entities';
import { loadReviews } from './reviews';
import { serializeGraph } from './serialize';
import { inputsDigest, outlineOf, stampedGraph, stampedOutline, writeStampOf } from './graph-stamp';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-stamp-'));
  // Without data/.cache: a local build:data leaves its own stamp there, and this test starts from none.
  cpSync('data', dir, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes('.cache') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graph stamp', () => {
  it('gives graph.json back only for the inputs it was built from, and only unchanged', () => {
    const corpus = loadCorpus(join(dir, 'articles'));
    const digest = inputsDigest(dir, corpus);
    expect(stampedGraph(dir, digest)).toBeUndefined();

    const json = '{"schemaVersion":1}\n';
    writeFileSync(join(dir, 'graph.json'), json);
    writeStampOf(dir, digest, sha1(json));
    expect(stampedGraph(dir, digest)).toBe(json);

    // Another article text, another review, another curated file: another digest.
    const edited = corpus.map((a, i) => (i === 0 ? { ...a, text: `${a.text} ` } : a));
    expect(inputsDigest(dir, edited)).not.toBe(digest);
    writeFileSync(join(dir, 'reviews', 'extra.yaml'), '[]\n');
    expect(inputsDigest(dir, corpus)).not.toBe(digest);
    rmSync(join(dir, 'reviews', 'extra.yaml'));
    expect(inputsDigest(dir, corpus)).toBe(digest);

    // graph.json changed by hand after the stamp: not trusted.
    writeFileSync(join(dir, 'graph.json'), json.replace('1', '2'));
    expect(stampedGraph(dir, digest)).toBeUndefined();
  });

  it('gives the outline of graph.json (ids, labels, positions, edge count) only while stamp and file agree', () => {
    const corpus = loadCorpus(join(dir, 'articles'));
    const digest = inputsDigest(dir, corpus);
    const graph = buildGraph({
      articles: corpus,
      catalogue: loadCatalogue(join(dir, 'curated')),
      reviews: loadReviews(join(dir, 'reviews')),
    });
    const json = serializeGraph(graph);
    writeFileSync(join(dir, 'graph.json'), json);
    writeStampOf(dir, digest, sha1(json), outlineOf(graph));
    const outline = stampedOutline(dir, digest);
    expect(outline).toEqual(outlineOf(JSON.parse(json)));
    expect(outline?.nodes.length).toBe(graph.nodes.length);
    expect(outline?.edgeCount).toBe(graph.edges.length);
    expect(outline?.nodes.every((node) => node.position !== undefined)).toBe(true);

    expect(stampedOutline(dir, `${digest}x`)).toBeUndefined();
    // A damaged outline file is not used: the outline then comes from graph.json itself.
    const outlineFile = join(dir, CACHE_DIR, 'graph-outline');
    const stored = readFileSync(outlineFile);
    writeFileSync(outlineFile, Buffer.concat([stored.subarray(0, stored.length - 5), Buffer.from('xxxxx')]));
    expect(stampedOutline(dir, digest)).toEqual(outline);
    // An outline written for another graph.json is not used either.
    writeFileSync(outlineFile, stored);
    writeFileSync(join(dir, 'graph.json'), json.replace('"x": ', '"x": 1'));
    expect(stampedOutline(dir, digest)).toBeUndefined();
  }, 60_000);
});
