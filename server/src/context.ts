import type { Database } from './db/connection.js';

export type Role = 'VISITOR' | 'OFFICIAL' | 'STAFF' | 'ADMIN';

export interface Viewer {
  userId: string | null;
  role: Role;
}

export interface Context {
  db: Database;
  viewer: Viewer;
}

export const anonymous: Viewer = { userId: null, role: 'VISITOR' };

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'STAFF' || viewer.role === 'ADMIN';
}
