/**
 * A page's query parameter as text: URL-decoded, or as given when it is not valid encoding
 * (a hand-typed or truncated link must not crash the page).
 */
export function routeParam(value: string | undefined | null): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
