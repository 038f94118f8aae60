import type { FastifyInstance } from 'fastify';
import { assertAdmin } from '../admin/admin-routes';
import type { Db } from '../db/open-db';
import { ApiError } from '../errors';
import { importBook } from './book-import';
import { MAX_BOOK_BYTES } from './parse-book';

/** The book CLI's channel into a running embedded server: the same import, the admin secret. */
export function registerBookAdminRoute(app: FastifyInstance, db: Db, secret: string): void {
  app.put('/admin/book', { bodyLimit: MAX_BOOK_BYTES }, async (request) => {
    assertAdmin(request, secret);
    if (typeof request.body !== 'string')
      throw new ApiError(415, 'unsupported-media-type', 'Send the book as a text/csv body.');
    return importBook(db, request.body, Date.now());
  });
}
