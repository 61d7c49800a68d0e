// npm run dev: the database (embedded unless DATABASE_URL is set), migrations, the demo seed, then
// `next dev` with hot reload on http://localhost:3000.
import { runScript } from './lib/script';
import { serveNext } from './lib/serve';

runScript((database) => serveNext(database, 'dev'), { role: 'server' });
