import { ensureWebBuilt } from './web-build';

await ensureWebBuilt({ force: process.argv.includes('--force') });
