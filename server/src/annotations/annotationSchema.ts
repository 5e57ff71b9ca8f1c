/**
 * The JSON Schemas of the sidecar and of the tag taxonomy. These objects are
 * the source of truth; `schemas/*.schema.json` are their published copies (a
 * unit test keeps them equal) for editors and other tools.
 *
 * Choices beyond the W3C model, documented here because the schema is what
 * other tools read:
 * - Article-level facts (publication date, publisher, URL) are one annotation
 *   with `motivation: "describing"` whose target is the whole article (a
 *   target without a selector) and whose body is a structured object with
 *   `purpose: "describing"` and schema.org property names (`datePublished`,
 *   `publisher`, `url`).
 * - A sidecar only ever targets its own article: every `target.source` must
 *   be the article's file name (checked in code, as the schema cannot know it).
 */

const stringOrStrings = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export const ANNOTATIONS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://article-lens.invalid/schemas/annotations.schema.json',
  title: 'Article Lens annotations (W3C Web Annotation AnnotationPage)',
  description:
    'Annotations of one article X.txt, stored beside it as X.txt.annotations.json. Accepted shapes: an AnnotationPage (what Article Lens writes), a single Annotation, or an array of Annotations.',
  anyOf: [
    { $ref: '#/definitions/annotationPage' },
    { $ref: '#/definitions/annotation' },
    { type: 'array', items: { $ref: '#/definitions/annotation' } },
  ],
  definitions: {
    context: {
      description: 'The W3C Web Annotation JSON-LD context, alone or among others.',
      anyOf: [
        { const: 'http://www.w3.org/ns/anno.jsonld' },
        { type: 'array', contains: { const: 'http://www.w3.org/ns/anno.jsonld' } },
      ],
    },
    annotationPage: {
      type: 'object',
      required: ['type', 'items'],
      properties: {
        '@context': { $ref: '#/definitions/context' },
        id: { type: 'string' },
        type: { const: 'AnnotationPage' },
        items: { type: 'array', items: { $ref: '#/definitions/annotation' } },
      },
    },
    annotation: {
      type: 'object',
      required: ['id', 'target'],
      properties: {
        '@context': { $ref: '#/definitions/context' },
        id: { type: 'string', minLength: 1, description: 'A unique IRI, for example urn:uuid:...' },
        type: { anyOf: [{ const: 'Annotation' }, { type: 'array', contains: { const: 'Annotation' } }] },
        motivation: stringOrStrings,
        created: { type: 'string', description: 'ISO 8601 date-time' },
        modified: { type: 'string', description: 'ISO 8601 date-time; the newer modified wins when two writers meet' },
        creator: {
          anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } }],
        },
        body: { anyOf: [{ $ref: '#/definitions/body' }, { type: 'array', items: { $ref: '#/definitions/body' } }] },
        bodyValue: { type: 'string' },
        target: {
          anyOf: [
            { $ref: '#/definitions/target' },
            { type: 'array', minItems: 1, items: { $ref: '#/definitions/target' } },
          ],
        },
      },
    },
    body: {
      anyOf: [
        { type: 'string', description: 'An IRI' },
        {
          type: 'object',
          properties: {
            type: stringOrStrings,
            purpose: stringOrStrings,
            value: { type: 'string' },
            datePublished: {
              type: 'string',
              pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
              description: 'Article-level: the publication date, ISO YYYY-MM-DD',
            },
            publisher: { type: 'string', description: 'Article-level: the source that published the article' },
            url: { type: 'string', description: 'Article-level: where the article was published' },
          },
        },
      ],
    },
    target: {
      anyOf: [
        { type: 'string', description: 'The article itself (an IRI or its file name)' },
        {
          type: 'object',
          required: ['source'],
          properties: {
            source: { type: 'string', description: "The article's file name; a sidecar targets only its own article" },
            selector: {
              anyOf: [{ $ref: '#/definitions/selector' }, { type: 'array', items: { $ref: '#/definitions/selector' } }],
            },
          },
        },
      ],
    },
    selector: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' } },
      allOf: [
        {
          if: { properties: { type: { const: 'TextQuoteSelector' } } },
          then: {
            required: ['exact'],
            properties: { exact: { type: 'string', minLength: 1 }, prefix: { type: 'string' }, suffix: { type: 'string' } },
          },
        },
        {
          if: { properties: { type: { const: 'TextPositionSelector' } } },
          then: {
            required: ['start', 'end'],
            properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
          },
        },
      ],
    },
  },
} as const;

export const TAXONOMY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://article-lens.invalid/schemas/taxonomy.schema.json',
  title: 'Article Lens tag taxonomy (.article-lens/taxonomy.json)',
  description:
    'The tags analysts choose from. When this file lists tags they replace the built-in defaults; the articleLens.tags setting adds to or overrides them by name.',
  type: 'object',
  required: ['tags'],
  properties: {
    tags: { type: 'array', items: { $ref: '#/definitions/tag' } },
  },
  definitions: {
    tag: {
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', minLength: 1 },
            color: { type: 'string', pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', description: 'CSS hex colour' },
            description: { type: 'string' },
          },
        },
      ],
    },
  },
} as const;
