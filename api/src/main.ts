import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

const config = loadConfig();
const log = createLogger(config.logLevel);

try {
  const server = await startServer(config, log);
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing requests in flight');
    // Requests in flight finish first; one that hangs must not keep the process alive for ever.
    setTimeout(() => {
      log.warn('requests still in flight after 15 s: exiting anyway');
      process.exit(1);
    }, 15_000).unref();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  log.fatal({ err: error }, 'failed to start');
  process.exit(1);
}
