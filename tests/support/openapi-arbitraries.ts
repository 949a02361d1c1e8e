import fc from 'fast-check';

/**
 * fast-check arbitraries for the inputs an OpenAPI operation describes: values
 * its JSON schemas accept, and the hostile values (NUL, lone surrogates,
 * integers past PostgreSQL's range, over-long text, wrong types) a request
 * builder puts in place of one of them, so a fuzz reaches both the operations
 * and the boundary.
 */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
};

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

/** Values no field should ever make the server fail on. */
export const HOSTILE_VALUES: unknown[] = [
  'a\u0000b',
  '\ud800名',
  '名\udc00',
  '%00abc',
  'x'.repeat(5000),
  '',
  ' ',
  '😀'.repeat(30),
  "'; DROP TABLE cases; --",
  '../../etc/passwd',
  '\u202e\u0301',
  2147483648,
  -2147483649,
  9007199254740991,
  1e308,
  -1,
  0,
  1.5,
  true,
  null,
  [],
  {},
  { $gt: '' },
];

/** Hostile values as they fit a path or query string (everything there is text). */
export const HOSTILE_TEXT: string[] = [
  ...HOSTILE_VALUES.filter((value): value is string => typeof value === 'string'),
  '2147483648',
  '-2147483649',
  '9007199254740991',
  '1e400',
  'NaN',
  '0x10',
  '[]',
];

export class SchemaArbitraries {
  /**
   * `known`: values the platform really holds (ids, codes, numbers read from
   * its lists); a string field they fit takes them half the time, so requests
   * get past "not found" and the checksums no JSON schema can say.
   */
  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly known: string[] = [],
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const resolved = this.components[name];
    if (!resolved) throw new Error(`unknown $ref ${schema.$ref}`);
    return this.resolve(resolved);
  }

  /** A value `schema` accepts (as far as its JSON schema says; rules beyond it may still refuse it). */
  value(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
    return this.conforming(this.resolve(schema), depth);
  }

  private conforming(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const core = this.core(schema, depth);
    return schema.nullable ? fc.oneof(core, fc.constant(null)) : core;
  }

  private core(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((option) => this.value(option, depth + 1)));
    if (schema.allOf) return this.object(schema, depth);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        return this.string(schema);
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
          max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1),
        });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1000,
          max: schema.maximum ?? 100_000,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 4) return fc.constant([]);
        return fc.array(this.value(schema.items ?? {}, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3)),
        });
      case 'object':
        return this.object(schema, depth);
      default:
        return fc.oneof(fc.string(), fc.integer(), fc.constant(null));
    }
  }

  private merged(parts: JsonSchema[]): JsonSchema {
    const resolved = parts.map((part) => this.resolve(part));
    return {
      type: 'object',
      properties: Object.assign({}, ...resolved.map((part) => part.properties ?? {})),
      required: resolved.flatMap((part) => part.required ?? []),
    };
  }

  /** An object with its required keys and some optional ones. */
  object(objectSchema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    if (depth > 4) return fc.constant({});
    const schema = objectSchema.allOf ? this.merged(objectSchema.allOf) : this.resolve(objectSchema);
    const properties = schema.properties ?? {};
    const model = Object.fromEntries(
      Object.entries(properties).map(([key, property]) => [key, this.value(property, depth + 1)]),
    );
    return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
  }

  private string(schema: JsonSchema): fc.Arbitrary<string> {
    const generated = this.generatedString(schema);
    const fitting = this.known.filter((value) => fits(schema, value));
    return fitting.length === 0 ? generated : fc.oneof(generated, fc.constantFrom(...fitting));
  }

  private generatedString(schema: JsonSchema): fc.Arbitrary<string> {
    if (schema.format === 'uuid') return fc.uuid();
    if (schema.format === 'date')
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    if (schema.format === 'binary') return fc.string();
    if (schema.pattern) {
      try {
        return fc.stringMatching(new RegExp(schema.pattern));
      } catch {
        // A pattern fast-check cannot generate from: fall back to any text.
      }
    }
    const minLength = schema.minLength ?? 0;
    return fc.string({
      unit: 'grapheme',
      minLength,
      maxLength: Math.min(schema.maxLength ?? 20, minLength + 20),
    });
  }

  /** A parameter's value as text for a path or query string. */
  text(parameter: Parameter): fc.Arbitrary<string> {
    return this.conforming(this.resolve(parameter.schema), 3).map(asText);
  }
}

function fits(schema: JsonSchema, value: string): boolean {
  if (schema.enum) return schema.enum.includes(value);
  if (schema.type !== 'string') return false;
  if (schema.pattern) return new RegExp(schema.pattern).test(value);
  return schema.format === 'uuid' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value);
}

/** Every node of a JSON value, by path: where a hostile value may go. */
export function nodePaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const below = Array.isArray(value)
    ? value.flatMap((item, index) => nodePaths(item, [...path, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => nodePaths(item, [...path, key]))
      : [];
  return [path, ...below];
}

/** `value` with the node at `path` replaced (a copy; the root when the path is empty). */
export function replacedAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replacedAt(item, rest, replacement) : item));
  return {
    ...(value as Record<string, unknown>),
    [head]: replacedAt((value as Record<string, unknown>)[head], rest, replacement),
  };
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** encodeURIComponent that also writes a lone surrogate (as the bytes a broken client would send). */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((char) => (/^[\ud800-\udfff]$/.test(char) ? '%ED%A0%80' : encodeURIComponent(char)))
      .join('');
  }
}
