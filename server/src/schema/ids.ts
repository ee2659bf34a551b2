import { decodeGlobalID } from '@pothos/plugin-relay';

/** The database id inside a Relay global ID of the given type; null when it is not one. */
export function localIdOf(globalId: string | number, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(String(globalId));
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
