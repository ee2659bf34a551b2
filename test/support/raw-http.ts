// Raw HTTP over a TCP socket, for requests no HTTP client would send (bad percent-encodings,
// NULs, odd methods, lying Content-Length, chunked garbage).
import net from 'node:net';

export interface RawAnswer {
  /** Status codes of every response on the connection, in order. */
  statuses: number[];
  /** Everything the server sent, as latin1 text. */
  text: string;
  /** The server closed the connection (false: the deadline passed first). */
  closed: boolean;
}

const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/gm;

export function statusesIn(text: string): number[] {
  return [...text.matchAll(STATUS_LINE)].map((m) => Number(m[1]));
}

/**
 * Sends the bytes, half-closes (so the server sees the end of what we send) unless keepOpen, and
 * collects the answer until the server closes the connection or the deadline passes.
 */
export function rawRequest(
  url: string,
  bytes: string | Buffer | (string | Buffer)[],
  options: { deadlineMs?: number; keepOpen?: boolean; localAddress?: string } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: hostname, port: Number(port), localAddress: options.localAddress });
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ statuses: statusesIn(text), text, closed });
    };
    const timer = setTimeout(() => finish(false), options.deadlineMs ?? 30_000);
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {}); // a reset after the answer is the server closing: 'close' follows
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      for (const part of Array.isArray(bytes) ? bytes : [bytes]) socket.write(part);
      if (!options.keepOpen) socket.end();
    });
  });
}

/** The first response's head (status and headers) as soon as it arrives, with the socket still open. */
export function rawHead(socket: net.Socket): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text });
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error(`connection closed before an answer: ${JSON.stringify(text)}`)));
  });
}

export function connect(url: string, localAddress?: string): Promise<net.Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port), localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}
