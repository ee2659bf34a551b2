// ffmpeg and ffprobe, run as child processes (no shell, arguments as a list).
import { spawn } from 'node:child_process';
import { setting } from '../../config.js';
import { locateTool, type MediaTool } from './tools.js';

const ffmpegTool = locateTool('ffmpeg', setting('FFMPEG_PATH'));
const ffprobeTool = locateTool('ffprobe', setting('FFPROBE_PATH'));
export const FFMPEG = ffmpegTool?.path ?? 'ffmpeg';
export const FFPROBE = ffprobeTool?.path ?? 'ffprobe';

/** One line for the start-up log: which ffmpeg and ffprobe are used, and where they come from. */
export function describeMediaTools(): string {
  const describe = (name: string, tool: MediaTool | null) =>
    tool
      ? `${name} ${tool.path} (${{ configured: 'configured', system: "the system's", bundled: 'bundled with the npm package' }[tool.source]})`
      : `${name} not found`;
  return `${describe('ffmpeg', ffmpegTool)}, ${describe('ffprobe', ffprobeTool)}`;
}

export class ToolError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** Runs a tool; onLine receives stdout line by line (ffmpeg's -progress output). */
export function run(command: string, args: string[], options: { onLine?: (line: string) => void; signal?: AbortSignal } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stdout += text;
      if (!options.onLine) return;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line.trim());
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    child.on('error', (err) => reject(new ToolError(`${command} could not run: ${err.message}`, stderr)));
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new ToolError(`${command} exited with ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`, stderr)),
    );
  });
}

let available: Promise<boolean> | undefined;
/** Whether ffmpeg and ffprobe are installed (sample films and uploads need them). */
export function ffmpegAvailable(): Promise<boolean> {
  available ??= Promise.all([run(FFMPEG, ['-version']), run(FFPROBE, ['-version'])]).then(
    () => true,
    () => false,
  );
  return available;
}
