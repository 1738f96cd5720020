import { describe, expect, it } from '@jest/globals';
import { clientSchemaSource } from './client-schema.js';

describe("the pages' API types from an OpenAPI document", () => {
  it('types each schema by its fields, required or not, nullable, enums, lists, maps and references', () => {
    const source = clientSchemaSource({
      components: {
        schemas: {
          PairView: {
            type: 'object',
            required: ['tutor', 'kind', 'seats', 'counts', 'explanation'],
            properties: {
              tutor: { nullable: true, allOf: [{ $ref: '#/components/schemas/TutorView' }] },
              kind: { type: 'string', enum: ['moved', 'added'] },
              seats: { type: 'array', items: { type: 'integer' } },
              counts: { type: 'object', additionalProperties: { type: 'number' } },
              explanation: { type: 'object' },
              'note-text': { type: 'string' },
            },
          },
          TutorView: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        },
      },
    });
    expect(source).toContain("tutor: components['schemas']['TutorView'] | null;");
    expect(source).toContain('kind: "moved" | "added";');
    expect(source).toContain('seats: (number)[];');
    expect(source).toContain('counts: {\n        [key: string]: number;\n      };');
    expect(source).toContain('explanation: Record<string, unknown>;');
    expect(source).toContain('"note-text"?: string;');
    expect(source.indexOf('PairView:')).toBeLessThan(source.indexOf('TutorView: {'));
  });
});
