// `npm run server:openapi`: rewrites server/openapi.json from the shared zod schemas.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from './openapi';

const path = new URL('../openapi.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
process.stdout.write(`Wrote ${path.pathname}\n`);
