// Which ffmpeg and ffprobe the server runs. A configured path wins; then the system's own (Debian's
// is current); otherwise the static builds that registry packages ship, so a machine with only Node
// still transcodes the films.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { executableSearchPath } from '../../config.js';

export interface MediaTool {
  path: string;
  source: 'configured' | 'system' | 'bundled';
}

const bundledPackage = { ffmpeg: '@ffmpeg-installer/ffmpeg', ffprobe: '@ffprobe-installer/ffprobe' } as const;

/** The tool to run, or null when none is found (films then cannot be processed). */
export function locateTool(name: 'ffmpeg' | 'ffprobe', configured: string | undefined, searchPath = executableSearchPath()): MediaTool | null {
  if (configured) return { path: configured, source: 'configured' };
  const system = onPath(name, searchPath);
  if (system) return { path: system, source: 'system' };
  const bundled = bundledBinary(name);
  return bundled ? { path: bundled, source: 'bundled' } : null;
}

function onPath(name: string, searchPath: string): string | null {
  const names = process.platform === 'win32' ? [`${name}.exe`] : [name];
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const file of names) {
      const candidate = path.join(dir, file);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function bundledBinary(name: 'ffmpeg' | 'ffprobe'): string | null {
  try {
    const file: string = createRequire(import.meta.url)(bundledPackage[name]).path;
    if (!fs.existsSync(file)) return null;
    // pnpm may skip the packages' chmod postinstall: make sure the owner can run it.
    if (!isExecutable(file)) fs.chmodSync(file, fs.statSync(file).mode | 0o100);
    return file;
  } catch {
    return null; // no build for this platform, or the optional package was not installed
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
