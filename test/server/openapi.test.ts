import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/server/src/openapi';

describe('server/openapi.json', () => {
  it('matches the shared zod schemas (run `npm run server:openapi` after changing them)', () => {
    const checkedIn = JSON.parse(readFileSync('server/openapi.json', 'utf8'));
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('documents the required review fields of the issue', () => {
    const doc = openApiDocument();
    const body = doc.paths['/v1/reviews'].post.requestBody.content['application/json']
      .schema as unknown as {
      properties: { reviews: { items: { oneOf: { required: string[] }[] } } };
    };
    const upsert = body.properties.reviews.items.oneOf[0]!.required;
    for (const field of [
      'id',
      'revision',
      'csmId',
      'site',
      'outcome',
      'draftText',
      'sentText',
      'taskType',
      'draftSeenAt',
      'endedAt',
      'metrics',
    ]) {
      expect(upsert).toContain(field);
    }
  });
});
