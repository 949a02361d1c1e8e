import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { seedDemo } from '../seed/seed-demo';

const database = await openDatabase(loadConfig(), (line) => console.log(line));
const { loaded } = await seedDemo(database.db);
console.log(
  loaded ? '演示数据已载入 (demo data loaded)' : '演示数据已存在，未作改动 (demo data already present)',
);
await database.close();
