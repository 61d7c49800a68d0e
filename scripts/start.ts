// npm start: the database (embedded unless DATABASE_URL is set), migrations, the demo seed on the
// embedded database, a build when the sources changed, then the production server (scripts/server.ts).
import { runScript } from './lib/script';
import { serveNext } from './lib/serve';

runScript((database) => serveNext(database, 'start'), { role: 'server' });
