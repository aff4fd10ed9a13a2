/**
 * Fetching one chunk of the split graph (src/shared/graph/split.ts) and checking it at the
 * boundary: network, JSON, schema, and that it belongs to the view it is read with.
 */
import type { z } from 'zod';
import { formatPath } from '../../shared/graph/invariants';

/** A chunk that could not be used; the message names the file and what is wrong with it. */
export class ChunkLoadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly network: boolean,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ChunkLoadError';
  }
}

interface ChunkHeader {
  version: string;
  bucket: number;
}

export async function fetchChunk<T extends ChunkHeader>(
  path: string,
  expected: ChunkHeader,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}?v=${encodeURIComponent(expected.version)}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new ChunkLoadError(path, error instanceof Error ? error.message : String(error), true);
  }
  if (!response.ok) throw new ChunkLoadError(path, `answered ${response.status} ${response.statusText}`.trim(), true);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ChunkLoadError(path, `is not JSON (${error instanceof Error ? error.message : String(error)})`, false);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChunkLoadError(path, `${formatPath(issue?.path ?? [])} ${issue?.message ?? 'is not valid'}`, false);
  }
  if (parsed.data.version !== expected.version || parsed.data.bucket !== expected.bucket) {
    throw new ChunkLoadError(path, 'belongs to another version of the graph; reload the page', false);
  }
  return parsed.data;
}

/** Only a network failure is worth one quiet retry; a bad file stays bad. */
export function retryNetworkOnce(failures: number, error: unknown): boolean {
  return error instanceof ChunkLoadError && error.network && failures < 1;
}
