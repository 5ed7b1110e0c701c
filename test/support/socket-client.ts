import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

/** A real socket.io client that keeps what it receives, for assertions. */
export class TestSocket {
  readonly received: Record<string, unknown[]> = {};
  ready: Promise<{ userId: string; channels: { id: string; lastSeq: number; unread: number }[] }>;

  private constructor(readonly socket: Socket) {
    this.ready = new Promise((resolve, reject) => {
      socket.once('ready', resolve);
      socket.once('error', (e: unknown) => reject(new Error(JSON.stringify(e))));
      socket.once('connect_error', reject);
    });
    socket.onAny((event: string, payload: unknown) => (this.received[event] ??= []).push(payload));
  }

  static connect(port: number, token: string | undefined, headers: Record<string, string> = {}): TestSocket {
    const socket = io(`http://127.0.0.1:${port}`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: token === undefined ? {} : { token },
      extraHeaders: headers,
      reconnection: false,
      forceNew: true,
    });
    return new TestSocket(socket);
  }

  /** Emits and waits for the acknowledgement. */
  request<T = any>(event: string, payload: unknown, timeoutMs = 5000): Promise<T> {
    return this.socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
  }

  send(channelId: string, body: string, extra: Record<string, unknown> = {}) {
    return this.request('message:send', { channelId, clientId: randomUUID(), body, ...extra });
  }

  /** Messages received for a channel, in arrival order. */
  messages(channelId: string): { id: string; seq: number; body: string; [k: string]: any }[] {
    return ((this.received.message ?? []) as { channelId: string; id: string; seq: number; body: string }[]).filter(
      (m) => m.channelId === channelId,
    );
  }

  events<T = any>(name: string): T[] {
    return (this.received[name] ?? []) as T[];
  }

  close(): void {
    this.socket.disconnect();
  }
}
