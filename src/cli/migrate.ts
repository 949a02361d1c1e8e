import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';

const database = await openDatabase(loadConfig(), (line) => console.log(line));
console.log('数据库结构已是最新 (database schema up to date)');
await database.close();
