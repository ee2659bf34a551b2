import type { Database } from './db/connection.js';
import type { Services } from './services.js';

export type Role = 'VISITOR' | 'OFFICIAL' | 'STAFF' | 'ADMIN';

export interface Viewer {
  userId: string | null;
  role: Role;
}

export interface Context {
  db: Database;
  viewer: Viewer;
  services: Services;
  /** The bearer token of this request (for sign-out). */
  token: string | null;
  /** Client address, for rate limits. */
  ip: string;
  /** A signed-out device's own random id (x-device-id), for its conversations, likes, views and resume. */
  deviceId: string | null;
  /** The device id carries the server's signature (registerDevice): only then do its views and likes count. */
  deviceVerified: boolean;
}

export const anonymous: Viewer = { userId: null, role: 'VISITOR' };

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'STAFF' || viewer.role === 'ADMIN';
}
