import type { FastifyRequest } from 'fastify';
import { maskNumbersIn } from '../shared/mask-numbers';

/**
 * The access log's view of a request: Fastify's own fields, with any ID-like
 * or phone-like number in the URL masked. Routes take such numbers in request
 * bodies; this keeps an old bookmark or a hand-typed query out of the log all
 * the same.
 */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: maskNumbersIn(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
