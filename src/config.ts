import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { XlsxLimits } from './server/xlsx-size';

/** The names proxy-addr (Fastify's trustProxy) knows for address ranges. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** One entry of TRUST_PROXY: an address, an address/prefix (CIDR) or a range name. */
function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Settings come from the environment only; every one has a safe default. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  /** With DATABASE_URL: load the demo district too. */
  SEED_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  /** With DATABASE_URL: the first administrator's password (else one is generated and printed once). */
  ADMIN_PASSWORD: z.string().min(8).optional(),
  /** Set when served over HTTPS so session cookies get the Secure flag. */
  COOKIE_SECURE: z.enum(['0', '1', 'true', 'false']).optional(),
  /** The largest file a resident or clerk may upload to the material repository, in MB. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  /** The most cells and rows an imported Excel workbook may hold (a loaded cell costs about 0.5 KB). */
  XLSX_MAX_CELLS: z.coerce.number().int().min(1).max(10_000_000).default(500_000),
  XLSX_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
  /** Run the background jobs (pg-boss) in this process: 1 (default) or 0. */
  JOBS: z.enum(['0', '1', 'true', 'false']).default('1'),
  /** Look-ups of the public progress page per client address per minute; 0 turns the limit off (benches). */
  PUBLIC_LOOKUP_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
  /**
   * The reverse proxies whose X-Forwarded-For is believed, comma-separated: addresses, CIDRs or
   * loopback / linklocal / uniquelocal. Unset: the header is ignored and the client is the peer.
   */
  TRUST_PROXY: z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()))
    .refine((entries) => entries.every(isProxyAddress), {
      message: '应为以逗号分隔的代理地址或网段，如 10.0.0.5,192.168.1.0/24 或 loopback',
    })
    .optional(),
  /** The real-name verification provider's adapter module (a file path), or none. */
  REAL_NAME_PROVIDER: z.string().default('none'),
  /** The address residents reach the platform at, for the links in messages; default http://localhost:<PORT>. */
  PUBLIC_BASE_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), { message: '应为 http:// 或 https:// 开头的网址' })
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  databaseUrl: string | undefined;
  seedDemo: boolean;
  adminPassword: string | undefined;
  cookieSecure: boolean;
  /** Upload limit of the material repository, in bytes. */
  maxUploadBytes: number;
  /** Bounds of an imported workbook, checked before it is loaded (XLSX_MAX_CELLS, XLSX_MAX_ROWS). */
  xlsxLimits: XlsxLimits;
  /** Whether this process runs the background jobs (JOBS). */
  jobs: boolean;
  /** Public progress look-ups per address per minute; 0: no limit (PUBLIC_LOOKUP_LIMIT). */
  publicLookupLimit: number;
  /** The proxies whose X-Forwarded-For names the client (TRUST_PROXY); empty: none. */
  trustedProxies: string[];
  /** The real-name provider's adapter module, or 'none' (REAL_NAME_PROVIDER). */
  realNameProvider: string;
  /** The absolute address links in messages start with (PUBLIC_BASE_URL; default the printed http://localhost:<port>). */
  publicBaseUrl: string;
  version: string;
}

const truthy = (value: string | undefined) => value === '1' || value === 'true';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in an env file) means the same as an absent one.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`环境变量配置有误 (invalid environment): ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir: path.resolve(settings.DATA_DIR),
    logLevel: settings.LOG_LEVEL,
    databaseUrl: settings.DATABASE_URL,
    seedDemo: settings.DATABASE_URL ? truthy(settings.SEED_DEMO) : true,
    adminPassword: settings.ADMIN_PASSWORD,
    cookieSecure: truthy(settings.COOKIE_SECURE),
    maxUploadBytes: Math.round(settings.MAX_UPLOAD_MB * 1024 * 1024),
    xlsxLimits: { maxCells: settings.XLSX_MAX_CELLS, maxRows: settings.XLSX_MAX_ROWS },
    jobs: truthy(settings.JOBS),
    publicLookupLimit: settings.PUBLIC_LOOKUP_LIMIT,
    trustedProxies: settings.TRUST_PROXY ?? [],
    realNameProvider: settings.REAL_NAME_PROVIDER,
    publicBaseUrl: settings.PUBLIC_BASE_URL ?? `http://localhost:${settings.PORT}`,
    version: process.env.npm_package_version ?? '0.1.0',
  };
}
