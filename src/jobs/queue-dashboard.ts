import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service.js';
import { TokenService, type AccessTokenClaims } from '../auth/token.service.js';
import { REBALANCE_QUEUE, TRACKING_QUEUE } from './queues.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Who may open the dashboard: a coordinator's bearer token, or a coordinator's login by HTTP Basic (what a browser asks for). */
function coordinatorsOnly(app: INestApplication) {
  const jwt = app.get(JwtService);
  const auth = app.get(AuthService);
  const tokens = app.get(TokenService);
  const refuse = (response: Response, status: number) => {
    if (status === 401) response.setHeader('WWW-Authenticate', 'Basic realm="Kakak Asuh queues"');
    response.status(status).json({ statusCode: status, code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: 'Coordinators only' });
  };
  return async (request: Request, response: Response, next: NextFunction) => {
    const header = request.headers.authorization ?? '';
    try {
      if (header.startsWith('Bearer ')) {
        const claims = await jwt.verifyAsync<AccessTokenClaims>(header.slice('Bearer '.length));
        if (!(await tokens.isCurrent(claims))) return refuse(response, 401);
        return claims.role === 'coordinator' ? next() : refuse(response, 403);
      }
      if (header.startsWith('Basic ')) {
        const [login, ...rest] = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8').split(':');
        const { user } = await auth.login(login, rest.join(':'), request.ip ?? 'unknown');
        return user.role === 'coordinator' ? next() : refuse(response, 403);
      }
    } catch {
      return refuse(response, 401);
    }
    return refuse(response, 401);
  };
}

/** The BullMQ dashboard (bull-board) at /admin/queues, for coordinators. */
export function mountQueueDashboard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  const queues = [REBALANCE_QUEUE, TRACKING_QUEUE].map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name))));
  createBullBoard({ queues, serverAdapter });
  app.use(QUEUE_DASHBOARD_PATH, coordinatorsOnly(app), serverAdapter.getRouter());
}
