import { BoundaryError, readShapes, type ReadOptions, type ShapeSet } from './shapes.js';

const files = new Map<string, Promise<unknown>>();

/**
 * A boundary file fetched once per page however many maps draw it; a failed fetch is forgotten so
 * that the next attempt tries again.
 */
export async function loadShapes(source: { url: string } | { data: unknown }, o: ReadOptions, signal: AbortSignal): Promise<ShapeSet> {
  if ('data' in source) return readShapes(source.data, o);
  let file = files.get(source.url);
  if (!file) {
    file = fetchJson(source.url);
    files.set(source.url, file);
    file.catch(() => files.delete(source.url));
  }
  const data = await file;
  signal.throwIfAborted();
  return readShapes(data, o);
}

async function fetchJson(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new BoundaryError(`The boundary file could not be fetched from ${url}: the network failed, or the server does not let this page read it.`);
  }
  if (!res.ok) throw new BoundaryError(`No boundary file was found at ${url} (HTTP ${res.status}).`);
  try {
    return await res.json();
  } catch {
    throw new BoundaryError(`The boundary file at ${url} is not valid JSON.`);
  }
}
