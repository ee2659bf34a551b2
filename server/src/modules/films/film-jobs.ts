// The transcoding queue lives in the database, so a job survives a restart: a worker claims a job,
// beats a heartbeat while it works, and a job whose heartbeat went stale (its process died) is
// claimed again. On PostgreSQL several instances share the queue (FOR UPDATE SKIP LOCKED).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { FileStore } from '../files/file-store.js';
import type { MediaStore } from '../media/media-store.js';
import { FilmRefused, probeFilm } from '../media/probe.js';
import { transcode } from '../media/transcode.js';
import { transcodeDuration } from '../../observability/metrics.js';

export const HEARTBEAT_MS = 2000;
/** A heartbeat older than this belongs to a dead worker. */
export const STALE_MS = 10_000;
export const MAX_ATTEMPTS = 3;

export interface FilmJobsOptions {
  prisma: PrismaClient;
  sources: FileStore;
  media: MediaStore;
  log?: (line: string) => void;
  pollMs?: number;
  /** Called when a film becomes ready (it may now be public: cached lists are out of date). */
  onReady?: () => Promise<void> | void;
}

export class FilmJobs {
  readonly workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private abort = new AbortController();
  private stopped = false;

  constructor(private options: FilmJobsOptions) {}

  async start() {
    this.stopped = false;
    await this.reclaimOrphans();
    this.schedule(0);
  }

  /** Jobs of a process on this machine that is gone (killed, crashed) go back to the queue at once. */
  private async reclaimOrphans() {
    const host = `${os.hostname()}:`;
    const jobs = await this.options.prisma.film.findMany({
      where: { jobState: 'PROCESSING', jobWorker: { startsWith: host } },
      select: { id: true, jobWorker: true },
    });
    for (const job of jobs) {
      const pid = Number(job.jobWorker!.split(':')[1]);
      if (pid === process.pid || isAlive(pid)) continue;
      await this.options.prisma.film.updateMany({ where: { id: job.id, jobWorker: job.jobWorker }, data: { jobState: 'QUEUED', jobWorker: null } });
      this.options.log?.(`film ${job.id}: its transcoder (pid ${pid}) is gone, queued again`);
    }
  }

  /** Wakes the worker now (after an upload), instead of at the next poll. */
  poke() {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    await this.running?.catch(() => {});
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.options.pollMs ?? 3000);
      });
    }, ms);
  }

  private async drain() {
    for (;;) {
      if (this.stopped) return;
      const id = await this.claim();
      if (!id) return;
      await this.process(id);
    }
  }

  /** Atomically takes one queued job, or one whose worker stopped beating. */
  async claim(): Promise<string | null> {
    const stale = new Date(Date.now() - STALE_MS);
    const rows = await this.options.prisma.$queryRaw<{ id: string }[]>`
      UPDATE "Film" SET "jobState" = 'PROCESSING', "jobWorker" = ${this.workerId}, "jobHeartbeatAt" = now(),
             "jobAttempts" = "jobAttempts" + 1, "jobProgress" = 0
      WHERE id = (
        SELECT id FROM "Film"
        WHERE "sourceKey" IS NOT NULL AND "jobAttempts" < ${MAX_ATTEMPTS}
          AND ("jobState" = 'QUEUED' OR ("jobState" = 'PROCESSING' AND "jobHeartbeatAt" < ${stale}))
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    return rows[0]?.id ?? null;
  }

  private async process(id: string) {
    const { prisma, sources, media, log = () => {} } = this.options;
    const film = await prisma.film.findUniqueOrThrow({ where: { id } });
    const workDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `film-${id}-`));
    const timer = transcodeDuration.startTimer();
    let progress = 0;
    const beat = setInterval(() => {
      void prisma.film.updateMany({ where: { id, jobWorker: this.workerId }, data: { jobHeartbeatAt: new Date(), jobProgress: progress } }).catch(() => {});
    }, HEARTBEAT_MS);
    try {
      const source = sources.pathOf(film.sourceKey!);
      const probe = await probeFilm(source);
      log(`transcoding film ${id} (${probe.durationSeconds.toFixed(1)} s, attempt ${film.jobAttempts})`);
      await transcode(source, workDir, probe, (p) => (progress = p), this.abort.signal);
      const prefix = `films/${id}/${crypto.randomBytes(6).toString('hex')}`;
      await media.putFolder(workDir, prefix);
      const previous = film.mediaPrefix;
      const done = await prisma.film.updateMany({
        where: { id, jobWorker: this.workerId },
        data: {
          jobState: 'READY',
          jobProgress: 100,
          jobError: null,
          mediaPrefix: prefix,
          durationSeconds: probe.durationSeconds,
          width: probe.width,
          height: probe.height,
          sourceKey: null,
          jobHeartbeatAt: new Date(),
        },
      });
      if (done.count === 1) {
        await sources.remove(film.sourceKey!);
        if (previous) await media.remove(previous);
        timer({ outcome: 'ready' });
        log(`film ${id} is ready`);
        await Promise.resolve(this.options.onReady?.()).catch(() => {});
      } else {
        await media.remove(prefix); // another worker took the job over meanwhile
      }
    } catch (err) {
      if (this.stopped) return; // shutting down: leave the job for the next start
      const reason = err instanceof FilmRefused ? err.reason : `转码失败：${(err as Error).message}`;
      const final = err instanceof FilmRefused || film.jobAttempts >= MAX_ATTEMPTS;
      await prisma.film.updateMany({ where: { id, jobWorker: this.workerId }, data: { jobState: final ? 'FAILED' : 'QUEUED', jobError: reason } });
      timer({ outcome: final ? 'failed' : 'retry' });
      log(`film ${id}: ${reason}`);
    } finally {
      clearInterval(beat);
      await fs.promises.rm(workDir, { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
