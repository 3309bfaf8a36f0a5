// One GET of CBS open data as JSON, with a timeout, and failures as CbsError with a message a
// municipal analyst can act on (no stack traces, no half-written imports).

export type CbsFailure = 'not-found' | 'timeout' | 'network' | 'bad-response';

export class CbsError extends Error {
  constructor(
    readonly kind: CbsFailure,
    readonly url: string,
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export async function getJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new CbsError(
        'timeout',
        url,
        `CBS antwoordde niet binnen ${timeoutMs / 1000} seconden (${url})`,
        `CBS did not answer within ${timeoutMs / 1000} seconds (${url})`,
      );
    }
    const cause = networkCause(error);
    throw new CbsError(
      'network',
      url,
      `CBS is niet bereikbaar (${cause}): controleer de internetverbinding (${url})`,
      `CBS cannot be reached (${cause}): check the internet connection (${url})`,
    );
  }
  if (response.status === 404) {
    await response.body?.cancel();
    throw new CbsError('not-found', url, `CBS kent dit niet (404): ${url}`, `CBS does not know this (404): ${url}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CbsError(
      'bad-response',
      url,
      `CBS gaf een fout (HTTP ${response.status}): ${url}`,
      `CBS answered with an error (HTTP ${response.status}): ${url}`,
    );
  }
  try {
    return await response.json();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new CbsError(
        'timeout',
        url,
        `CBS antwoordde niet binnen ${timeoutMs / 1000} seconden (${url})`,
        `CBS did not answer within ${timeoutMs / 1000} seconds (${url})`,
      );
    }
    throw new CbsError('bad-response', url, `CBS gaf geen geldige JSON: ${url}`, `CBS did not answer with valid JSON: ${url}`);
  }
}

/** The rows of an OData answer: v4 and v3 both put them in "value". */
export function valueRows(json: unknown, url: string): Record<string, unknown>[] {
  const rows = (json as { value?: unknown })?.value;
  if (!Array.isArray(rows))
    throw new CbsError('bad-response', url, `CBS gaf een onverwacht antwoord (geen "value"): ${url}`, `CBS gave an unexpected answer (no "value"): ${url}`);
  return rows as Record<string, unknown>[];
}

/** The next page: v4 says "@odata.nextLink", v3 (JSON light) "odata.nextLink". */
export function nextLink(json: unknown): string | null {
  const j = json as Record<string, unknown>;
  const link = j['@odata.nextLink'] ?? j['odata.nextLink'];
  return typeof link === 'string' && link !== '' ? link : null;
}

/** Every row of a paged collection, following the next links (at most `maxPages`). */
export async function getAllRows(url: string, timeoutMs: number, maxPages = 1000): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < maxPages; page++) {
    const json = await getJson(next, timeoutMs);
    rows.push(...valueRows(json, next));
    const link = nextLink(json);
    // A relative link is relative to the page that gave it.
    next = link === null ? null : new URL(link, next).toString();
  }
  return rows;
}

/** undici says "fetch failed"; the reason is in its cause (ECONNREFUSED, ENOTFOUND), or in an AggregateError's errors. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.find((e) => e.code)?.code ?? cause?.message ?? (error as Error).message;
}
