/** graph.json is read back as "the graph as it stands" only while its stamp matches the data and the file. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { inputsDigest, stampedGraph, writeStamp } from './graph-stamp';

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
    writeStamp(dir, digest, json);
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
});
