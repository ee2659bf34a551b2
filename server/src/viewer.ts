// Who is signed in, as every layer sees it (no imports: the services and the GraphQL context both use it).
export type Role = 'VISITOR' | 'OFFICIAL' | 'STAFF' | 'ADMIN';

export interface Viewer {
  userId: string | null;
  role: Role;
}

export const anonymous: Viewer = { userId: null, role: 'VISITOR' };
