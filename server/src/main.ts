// Starts the server. The configuration is checked before anything else loads, so a wrong
// setting stops the process at once with one line (no stack trace) and a non-zero exit code.
import { ConfigError, loadConfig, type Config } from './config.js';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(78); // EX_CONFIG
}

const { configureLogging } = await import('./observability/logger.js');
const logger = configureLogging(config.log);
const log = (line: string) => logger.info(line);

const [{ prepareDatabase }, { listen }, { createServices }, { FilmJobs }, { seedSampleFilms }, { watchDatabase }] = await Promise.all([
  import('./boot.js'),
  import('./http/server.js'),
  import('./services.js'),
  import('./modules/films/film-jobs.js'),
  import('./modules/films/sample-films.js'),
  import('./observability/metrics.js'),
]);
const { describeMediaTools } = await import('./modules/media/ffmpeg.js');

const redacted = config.databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
log(`database ${redacted}`);
const db = await prepareDatabase(config.databaseUrl, { log, poolSize: config.databasePoolSize });
const unwatch = watchDatabase(
  () => db.poolStats?.() ?? null,
  async () => {
    const groups = await db.prisma.film.groupBy({ by: ['jobState'], where: { jobState: { in: ['QUEUED', 'PROCESSING'] } }, _count: true });
    const count = (state: string) => groups.find((g) => g.jobState === state)?._count ?? 0;
    return { queued: count('QUEUED'), processing: count('PROCESSING') };
  },
);
const services = createServices(config);
const filmJobs = new FilmJobs({
  prisma: db.prisma,
  sources: services.privateFiles,
  media: services.media,
  log,
  onReady: () => services.responseCache?.invalidateCatalogue(),
});
services.filmJobs = filmJobs;
const app = await listen(db, config, services);
log(`产业名片 is serving at ${app.url}/  (GraphQL ${app.url}/graphql, metrics ${app.url}/metrics)`);
if (config.production) logger.warn('no SMS channel: sign-in codes are printed on the console as [sms] lines (outside the log)');
log(describeMediaTools());
await filmJobs.start();
if (config.sampleFilms) void seedSampleFilms(db.prisma, services, log).catch((err) => logger.error({ err }, 'sample films failed'));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  await filmJobs.stop();
  await app.close();
  unwatch();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
