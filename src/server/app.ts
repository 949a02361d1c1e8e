import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { z } from 'zod';
import { auditRoutes } from '../modules/audit/routes';
import { authRoutes } from '../modules/auth/routes';
import { calendarRoutes } from '../modules/calendar/routes';
import { casePublicRoutes } from '../modules/cases/public-routes';
import { caseRoutes } from '../modules/cases/routes';
import { bundleManageRoutes } from '../modules/catalog/bundle-routes';
import { catalogRoutes } from '../modules/catalog/routes';
import { certificateRoutes } from '../modules/certificates/routes';
import { identityRoutes } from '../modules/identity/routes';
import { jobRoutes } from '../modules/jobs/routes';
import { materialRoutes } from '../modules/materials/routes';
import { notifyRoutes } from '../modules/notify/routes';
import { orgRoutes } from '../modules/org/routes';
import { registryRoutes } from '../modules/registry/routes';
import { staffRoutes } from '../modules/staff/routes';
import { supervisionRoutes } from '../modules/supervision/routes';
import { systemRoutes } from '../modules/system/routes';
import { correctionOnCalendarChange } from '../modules/workflow/clock-jobs';
import { workflowRoutes } from '../modules/workflow/routes';
import { backOfficeSettingsRoutes } from '../modules/workflow/settings/routes';
import { registerAuth } from './auth-plugin';
import { DEFAULT_BODY_LIMIT, registerBodyGate } from './body-gate';
import { registerBoundaryChecks } from './boundary';
import type { AppContext } from './context';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './errors';
import { serializeRequest } from './log-serializers';
import { registerOpenApi } from './openapi';
import { registerRequestLimits } from './request-limits';
import { registerWebApps } from './web-apps';

// Validation messages in Chinese; the error handler adds the field's name.
z.config(z.locales.zhCN());

/** `logStream`: where the log lines go instead of standard output (tests read them). */
export async function buildApp(
  ctx: AppContext,
  options: { logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: ctx.config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      serializers: { req: serializeRequest },
    },
    // X-Forwarded-For names the client only when the peer is a configured proxy (TRUST_PROXY):
    // every per-address limit and the audit log's address rest on it.
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Keep-alive connections would hold a graceful shutdown open; idle ones are closed at once.
    forceCloseConnections: 'idle',
    frameworkErrors,
    clientErrorHandler,
  });
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await registerOpenApi(app, ctx.config.version);

  registerRequestLimits(app);
  registerAuth(app);
  registerBoundaryChecks(app);
  registerBodyGate(app);
  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(identityRoutes);
  await app.register(orgRoutes);
  await app.register(staffRoutes);
  await app.register(auditRoutes);
  await app.register(notifyRoutes);
  await app.register(catalogRoutes);
  await app.register(bundleManageRoutes);
  await app.register(registryRoutes);
  await app.register(materialRoutes);
  await app.register(certificateRoutes);
  await app.register(calendarRoutes, { whenChanged: correctionOnCalendarChange(ctx.jobs) });
  await app.register(caseRoutes);
  await app.register(casePublicRoutes);
  await app.register(workflowRoutes);
  await app.register(backOfficeSettingsRoutes);
  await app.register(supervisionRoutes);
  await app.register(jobRoutes);
  await registerWebApps(app);
  return app;
}
