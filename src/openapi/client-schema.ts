/** The parts of an OpenAPI schema that the response classes use. */
interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  nullable?: boolean;
}

export const CLIENT_SCHEMA_PATH = 'client/src/api/schema.ts';
export const CLIENT_SCHEMA_HEADER = '/** Generated from the API\'s OpenAPI document by `npm run api:types`: do not edit by hand. */';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PRIMITIVES: Record<string, string> = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', null: 'null' };

const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const indent = (text: string): string => text.replaceAll('\n', '\n  ');
const union = (parts: string[]): string => [...new Set(parts)].join(' | ');

function objectType(schema: SchemaObject): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, field]) => `${key(name)}${required.has(name) ? '' : '?'}: ${indent(typeOf(field))};`);
  const extra = schema.additionalProperties;
  if (extra) fields.push(`[key: string]: ${extra === true ? 'unknown' : indent(typeOf(extra))};`);
  return fields.length ? `{\n  ${fields.join('\n  ')}\n}` : 'Record<string, unknown>';
}

function baseType(schema: SchemaObject): string {
  if (schema.$ref) return `components['schemas']['${schema.$ref.replace('#/components/schemas/', '')}']`;
  if (schema.enum) return union(schema.enum.map((value) => JSON.stringify(value)));
  if (schema.allOf) return schema.allOf.map((part) => typeOf(part)).join(' & ');
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return union(choices.map((part) => typeOf(part)));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'unknown')];
  return union(types.map((type) => {
    if (type === 'array') return `(${typeOf(schema.items ?? {})})[]`;
    if (type === 'object') return objectType(schema);
    return PRIMITIVES[type] ?? 'unknown';
  }));
}

function typeOf(schema: SchemaObject): string {
  const type = baseType(schema);
  return schema.nullable ? `${type} | null` : type;
}

/** The TypeScript source of `client/src/api/schema.ts`: one type per component schema of the document. */
export function clientSchemaSource(document: { components?: { schemas?: Record<string, unknown> } }): string {
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const members = schemas.map(([name, schema]) => `${key(name)}: ${indent(indent(typeOf(schema as SchemaObject)))};`);
  return `${CLIENT_SCHEMA_HEADER}\nexport interface components {\n  schemas: {\n    ${members.join('\n    ')}\n  };\n}\n`;
}
