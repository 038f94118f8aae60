import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { messagingLogger } from './messaging-logger';

/** The options page's "Delete everything" asks this exact phrase back, as typed by the CSM. */
export const DELETE_EVERYTHING_PHRASE = 'delete everything';

export const DeleteEverythingSchema = z.object({ confirm: z.literal(DELETE_EVERYTHING_PHRASE) });
export type DeleteEverything = z.infer<typeof DeleteEverythingSchema>;

export const DeleteEverythingAckSchema = z.object({ reviews: z.int(), outbox: z.int() });
export type DeleteEverythingAck = z.infer<typeof DeleteEverythingAckSchema>;

/** Extension pages (options) → background: changes to all of the CSM's data at once. */
export interface DataProtocol {
  'data.deleteEverything'(message: DeleteEverything): DeleteEverythingAck;
}

export const dataMessenger = defineExtensionMessaging<DataProtocol>({ logger: messagingLogger });
