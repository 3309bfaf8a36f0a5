// JSON request bodies are read strictly. c.req.json() decodes invalid UTF-8 as U+FFFD without a
// word, so a broken client would store "�" in a story while a CSV import of the same bytes is
// refused. This middleware refuses such a body (400, problem+json) and names the fields where the
// bad bytes sit. The bytes stay cached on the request, so the route's c.req.json() reads them again
// without a second pass over the network. (Lone surrogates, "\ud800" in JSON, are valid UTF-8 and
// are refused per field by the checks of what is stored: domain/collect/limits.ts.)
import type { Context, Next } from 'hono';
import { InputRejected, type Problem } from '../domain/problems.ts';

const FATAL = new TextDecoder('utf-8', { fatal: true });

export function strictJsonBody() {
  return async (c: Context, next: Next) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /^application\/([\w.-]+\+)?json\b/.test(type)) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      try {
        FATAL.decode(bytes);
      } catch {
        throw new InputRejected(invalidUtf8Fields(bytes).map(invalidUtf8));
      }
      // Reading consumed the raw stream; a route that streams c.req.raw.body (the CSV import, sent
      // with a JSON content type by mistake) must still find the bytes, not a used body (→ 500).
      c.req.raw = new Request(c.req.raw, { body: bytes });
    }
    await next();
  };
}

function invalidUtf8(field: string): Problem {
  return {
    field,
    code: 'invalid-utf8',
    nl: 'Dit veld bevat bytes die geen geldige UTF-8-tekst zijn. Stuur de tekst als UTF-8.',
    en: 'This field contains bytes that are not valid UTF-8. Send the text as UTF-8.',
  };
}

/** The JSON paths (title, answers.toelichting, …) whose text holds U+FFFD after a lossy decode. */
function invalidUtf8Fields(bytes: Uint8Array): string[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return ['(body)'];
  }
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes('\ufffd')) found.push(path || '(body)');
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = path ? `${path}.${key}` : key;
        if (key.includes('\ufffd')) found.push(child);
        else walk(item, child);
      }
    }
  };
  walk(json, '');
  return found.length > 0 ? found.slice(0, 20) : ['(body)'];
}
