import { loadConfig } from './config.js';
import { prepareDatabase } from './boot.js';
import { listen } from './http/server.js';
import { createServices } from './services.js';
import { FilmJobs } from './modules/films/film-jobs.js';
import { seedSampleFilms } from './modules/films/sample-films.js';
import { describeMediaTools } from './modules/media/ffmpeg.js';

const config = loadConfig();
const log = (line: string) => console.log(`[cards] ${line}`);
const redacted = config.databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
log(`database ${redacted}`);
const db = await prepareDatabase(config.databaseUrl, { log });
const services = createServices(config);
const filmJobs = new FilmJobs({ prisma: db.prisma, sources: services.privateFiles, media: services.media, log, onReady: () => services.responseCache?.invalidateCatalogue() });
services.filmJobs = filmJobs;
const app = await listen(db, config, services);
log(`产业名片 is serving at ${app.url}/  (GraphQL ${app.url}/graphql)`);
log(describeMediaTools());
await filmJobs.start();
if (process.env.SAMPLE_FILMS !== '0') void seedSampleFilms(db.prisma, services, log).catch((err) => log(`sample films failed: ${err.message}`));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  await filmJobs.stop();
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
