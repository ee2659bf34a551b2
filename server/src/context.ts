import type { Database } from './db/connection.js';
import type { Services } from './services.js';

import type { Viewer } from './viewer.js';

export { anonymous, type Role, type Viewer } from './viewer.js';

/** What use cases need from the process: the database and the long-lived collaborators (no GraphQL). */
export interface Deps {
  db: Database;
  services: Services;
}

/** Who is asking: the account, else the signed-out device; and from where (for rate limits). */
export interface Requester {
  viewer: Viewer;
  /** Client address, for rate limits. */
  ip: string;
  /** A signed-out device's own random id (x-device-id), for its conversations, likes, views and resume. */
  deviceId: string | null;
  /** The device id carries the server's signature (registerDevice): only then do its views and likes count. */
  deviceVerified: boolean;
}

export interface Context extends Deps, Requester {
  /** The bearer token of this request (for sign-out). */
  token: string | null;
}
