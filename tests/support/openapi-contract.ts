// Checks real responses against the app's own OpenAPI document: the status must be one the
// operation documents, the content type one it lists, and a JSON body must match the schema
// (JSON Schema 2020-12, as OpenAPI 3.1 uses it; ajv with ajv-formats). Every check is recorded, so
// a test can ask afterwards which operations were never exercised.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

export interface Checked {
  status: number;
  headers: Headers;
  /** Parsed JSON for JSON bodies, the text for text bodies, the bytes' length otherwise. */
  body: unknown;
}

const DOC_ID = 'https://duiding.test/openapi.json';

/** `#/components/…` in a response schema points into the document registered under DOC_ID. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOC_ID}${value}` : rebase(value),
      ]),
    );
  }
  return schema;
}

const isJson = (mediaType: string) => /^application\/([\w.-]+\+)?json$/.test(mediaType);

export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operations: { method: string; path: string; pattern: RegExp }[] = [];
  /** "GET /api/v1/opgaven" → statuses seen. */
  readonly seen = new Map<string, Set<number>>();

  constructor(private readonly doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: DOC_ID, components: doc.components ?? {} });
    for (const [path, methods] of Object.entries(doc.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(methods)) this.operations.push({ method: method.toUpperCase(), path, pattern });
    }
  }

  /** Every operation of the document as "METHOD /path/{param}". */
  allOperations(): string[] {
    return this.operations.map((o) => `${o.method} ${o.path}`);
  }

  /** The documented operation a request went to ("GET /api/v1/reports/{file}"). */
  operationOf(method: string, url: string): string {
    const path = new URL(url, 'http://localhost').pathname;
    const found = this.operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
    if (!found) throw new Error(`${method} ${path}: no operation in the OpenAPI document`);
    return `${found.method} ${found.path}`;
  }

  /** Reads the response and throws unless status, content type and body are what the document says. */
  async check(method: string, url: string, response: Response): Promise<Checked> {
    const operation = this.operationOf(method, url);
    const [verb, path] = operation.split(' ') as [string, string];
    const documented = this.doc.paths[path]![verb.toLowerCase()]!.responses;
    const where = `${operation} → ${response.status}`;
    const spec = documented[String(response.status)] ?? documented.default;
    if (!spec) throw new Error(`${where}: status not documented (documented: ${Object.keys(documented).join(', ')})`);
    this.seen.set(operation, (this.seen.get(operation) ?? new Set()).add(response.status));

    const bytes = new Uint8Array(await response.arrayBuffer());
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!spec.content) {
      if (bytes.length > 0) throw new Error(`${where}: documented without a body, but sent ${bytes.length} bytes of ${mediaType}`);
      return { status: response.status, headers: response.headers, body: null };
    }
    const media = spec.content[mediaType];
    if (!media) throw new Error(`${where}: content type ${mediaType || '(none)'} not documented (documented: ${Object.keys(spec.content).join(', ')})`);
    if (!isJson(mediaType)) {
      const body = mediaType.startsWith('text/') ? new TextDecoder().decode(bytes) : bytes.length;
      return { status: response.status, headers: response.headers, body };
    }
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const key = `${operation} ${response.status} ${mediaType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(media.schema ?? {}) as object);
      this.validators.set(key, validate);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
      throw new Error(`${where}: body does not match the documented schema:\n  ${errors.join('\n  ')}\nbody: ${JSON.stringify(body).slice(0, 400)}`);
    }
    return { status: response.status, headers: response.headers, body };
  }
}
