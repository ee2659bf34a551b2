// Security headers for the H5 app. Its script policy allows our own files and, by hash, the
// inline scripts of the built index.html (Taro's root font-size snippet), nothing else; hls.js
// runs its transmuxer in a worker made from a blob: URL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/** sha256 sources for each inline <script> (one without src) of the built page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]) || m[2] === '') continue;
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function h5ContentSecurityPolicy(h5Dir: string): string {
  const index = path.join(h5Dir, 'index.html');
  const hashes = fs.existsSync(index) ? inlineScriptHashes(fs.readFileSync(index, 'utf8')) : [];
  return [`script-src 'self' ${hashes.join(' ')}`.trim(), "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"].join(
    '; ',
  );
}

/** Headers for the H5 pages: a script policy, no framing by other sites, no MIME sniffing, no referrer leaks. */
export function h5SecurityHeaders(h5Dir: string): (res: http.ServerResponse) => void {
  const csp = h5ContentSecurityPolicy(h5Dir);
  return (res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    res.setHeader('content-security-policy', csp);
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  };
}
