import { Inject } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AuthService, type Principal } from '@syndesmos/auth';
import { DomainException, ErrorCode, errorMessage, negotiateLocale } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';

export interface SocketData {
  principal: Principal;
}

/**
 * Authenticates every connection with the same token service as HTTP (`auth.token` in the
 * handshake). A bad token gets an `error` event with the code, then the socket is closed.
 * Channels, presence and delivery arrive with the messaging issue.
 */
@WebSocketGateway({ path: '/socket.io' })
export class RealtimeGateway implements OnGatewayConnection {
  @WebSocketServer() server!: Server;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  async handleConnection(socket: Socket): Promise<void> {
    const token: unknown = socket.handshake.auth?.token;
    const locale = negotiateLocale(socket.handshake.headers['accept-language']);
    try {
      if (typeof token !== 'string' || token.length === 0) throw new DomainException(ErrorCode.Unauthenticated);
      const principal = await this.auth.authenticate(token);
      (socket.data as SocketData).principal = principal;
      await socket.join(`user:${principal.userId}`);
      socket.emit('ready', { userId: principal.userId });
    } catch (err) {
      const code = err instanceof DomainException ? err.code : ErrorCode.Internal;
      if (!(err instanceof DomainException)) this.logger.error({ err: (err as Error).message }, 'socket auth failed');
      socket.emit('error', { code, message: errorMessage(code, locale) });
      socket.disconnect(true);
    }
  }
}
