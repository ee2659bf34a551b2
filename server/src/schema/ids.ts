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

/** Like localIdOf, but a wrong or foreign ID is refused with the caller's error. */
export function requireLocalId(globalId: string | number, typename: string, refusal: () => Error): string {
  const id = localIdOf(globalId, typename);
  if (!id) throw refusal();
  return id;
}
