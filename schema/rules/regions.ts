// Facts about China's administrative divisions that the server (building the region tree) and the
// client (naming what a place is) both need. No imports: the client's main package takes it as is.

/**
 * The five cities with provincial-level economic planning (计划单列市: 大连, 宁波, 厦门, 青岛, 深圳).
 * They are 副省级 cities without being provincial capitals; the other 副省级 cities are capitals
 * (the xx01 city of their province).
 */
export const PLANNED_CITY_CODES: readonly string[] = ['210200', '330200', '350200', '370200', '440300'];

export const isPlannedCity = (code: string): boolean => PLANNED_CITY_CODES.includes(code);
