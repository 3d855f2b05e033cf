import type { ExchangeRecord } from '../exchange-records.js';
import type { AddressedMessage } from '../partner-message.js';

/** JWS header types of the recovery feed, so a request or a page is never taken for an envelope. */
export const FEED_REQUEST_TYPE = 'landsea-exchange-feed-request+jws';
export const FEED_PAGE_TYPE = 'landsea-exchange-feed-page+jws';

/** What a node signs to ask a partner for what it is owed after a cursor (null: from the start). */
export interface FeedRequest extends AddressedMessage {
  readonly requestId: string;
  readonly after: string | null;
  readonly limit: number;
}

/** What the partner signs back: the next records in its order, and the cursor they end at (null: none left). */
export interface FeedPage extends AddressedMessage {
  readonly requestId: string;
  readonly after: string | null;
  readonly records: readonly ExchangeRecord[];
  readonly next: string | null;
}
