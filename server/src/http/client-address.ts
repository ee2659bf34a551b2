// The client's address, for rate limits. Behind reverse proxies (TRUST_PROXY=<number of proxies>)
// it is the entry that the outermost trusted proxy appended to X-Forwarded-For, counted from the
// right: every entry further left was written by the client and can be anything.
import net from 'node:net';
import type http from 'node:http';

/**
 * socketAddress: the peer of the TCP connection; forwardedFor: the X-Forwarded-For header (several
 * headers joined by commas). With n trusted proxies, the n-th entry from the right is the address
 * the outermost proxy saw; fewer entries than proxies means the left-most one is the best we know.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | null | undefined, hops: number): string {
  const direct = socketAddress ?? 'local';
  if (hops === 0 || !forwardedFor) return direct;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return direct;
  const entry = entries[Math.max(0, entries.length - hops)];
  return net.isIP(entry) ? entry : direct;
}

export function clientAddressOf(req: http.IncomingMessage | undefined, hops: number): string {
  return clientAddress(req?.socket.remoteAddress, req?.headers['x-forwarded-for'], hops);
}
