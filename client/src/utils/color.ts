/** Brand accent (China red) used when a card has no colour of its own. */
export const ACCENT = '#C8102E';

/** Parse `#rgb` / `#rrggbb` into [r, g, b]; null when it is not a hex colour. */
export function parseHex(color: string | null | undefined): [number, number, number] | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  let hex = m[1];
  if (hex.length === 3)
    hex = hex
      .split('')
      .map((c) => c + c)
      .join('');
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The card's colour as a safe CSS colour (falls back to the accent). */
export function cardColor(color: string | null | undefined): string {
  const rgb = parseHex(color);
  if (!rgb) return ACCENT;
  return `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
}

/** The card's colour with transparency, for tinted backgrounds. */
export function tint(color: string | null | undefined, alpha: number): string {
  const rgb = parseHex(color) ?? parseHex(ACCENT)!;
  return `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})`;
}

/** Darken a colour towards black (0..1), for text on light tints. */
export function shade(color: string | null | undefined, amount: number): string {
  const rgb = parseHex(color) ?? parseHex(ACCENT)!;
  const f = 1 - amount;
  return `rgb(${Math.round(rgb[0] * f)}, ${Math.round(rgb[1] * f)}, ${Math.round(rgb[2] * f)})`;
}
