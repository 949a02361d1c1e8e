import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '../shared/roles';
import { requirePermission } from './auth-plugin';
import { AppError } from './errors';
import { importInProgress, takeImportSlot } from './import-slot';

/** The body a route takes unless it says otherwise: JSON forms, far below any file. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/**
 * Bulk imports one process runs at once, whoever sends them: each holds a pooled
 * connection for its slot and up to a few hundred MB while it parses, so more
 * would starve the pool (10) and the memory other requests and the jobs need.
 */
export const IMPORTS_AT_ONCE = 3;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Checked before the body is read: who may send this route a body larger than the default. */
    bodyPermission?: Permission;
    /** A bulk import: one at a time per user (import-slot.ts), at most IMPORTS_AT_ONCE in the process. */
    bulkImport?: boolean;
  }
  interface FastifyRequest {
    releaseImportSlot?: () => Promise<void>;
  }
}

/** Route options of a bulk import: its body limit, who may send it (checked first), one at a time per user. */
export function bulkImportRoute(permission: Permission, bodyLimit: number) {
  return { bodyLimit, config: { bodyPermission: permission, bulkImport: true } };
}

/** Gives the user's import slot back (once), before the answer leaves, so the next import may start at once. */
async function releaseSlot(request: FastifyRequest): Promise<void> {
  const release = request.releaseImportSlot;
  request.releaseImportSlot = undefined;
  await release?.().catch((error: unknown) => request.log.error({ err: error }, 'import slot not released'));
}

/**
 * No work for strangers: a route that takes more than the default body names
 * the permission its sender needs, and the caller is checked (and, for a bulk
 * import, given the user's one import slot) before a byte of the body is read.
 * Registered before the routes, after the session is loaded.
 */
export function registerBodyGate(app: FastifyInstance): void {
  let importsRunning = 0;
  app.addHook('onRoute', (route) => {
    if ((route.bodyLimit ?? 0) > DEFAULT_BODY_LIMIT && !route.config?.bodyPermission) {
      throw new Error(
        `${route.method} ${route.url}: a body limit above the default needs config.bodyPermission`,
      );
    }
  });
  app.addHook('onRequest', async (request) => {
    const { bodyPermission, bulkImport } = request.routeOptions.config;
    if (!bodyPermission) return;
    // Refused here, the body is never read (and the error handler closes the connection).
    const actorId = requirePermission(request, bodyPermission).id;
    if (!bulkImport) return;
    if (importsRunning >= IMPORTS_AT_ONCE) {
      throw new AppError(
        429,
        'IMPORTS_BUSY',
        '同时进行的导入较多，请稍后再试 (too many imports are running at once; try again shortly)',
      );
    }
    importsRunning += 1;
    const release = await takeImportSlot(app.ctx.db, actorId).catch((error: unknown) => {
      importsRunning -= 1;
      throw error;
    });
    if (!release) {
      importsRunning -= 1;
      throw importInProgress();
    }
    request.releaseImportSlot = async () => {
      importsRunning -= 1;
      await release();
    };
  });
  app.addHook('onSend', async (request) => releaseSlot(request));
  // An answer that was never sent (the client went away) still frees the slot.
  app.addHook('onResponse', async (request) => releaseSlot(request));
  app.addHook('onRequestAbort', async (request) => releaseSlot(request));
}
