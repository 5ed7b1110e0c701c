import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { TypingRelay } from '../../apps/realtime/src/gateway/typing-relay';

// The floor for the realtime benchmark: the gateway's traffic in socket.io rooms in one
// process, with no authentication, no storage and no Redis. Clients `join` a room as a user; `typing`
// reaches the room's others by the gateway's rule (typing-relay.ts) and is answered;
// `message:send` is broadcast to the room, sender included, and answered with the message, as
// the gateway does. So a gateway's cost over this floor is what it adds, not what it relays.
const port = Number(process.env.BARE_PORT ?? 3995);
const http = createServer((req, res) => {
  if (req.url === '/health') res.writeHead(200).end('ok');
});
const io = new Server(http, { path: '/socket.io' });
type Ack = (answer: unknown) => void;
io.on('connection', (socket) => {
  const typing = new TypingRelay();
  let seq = 0;
  let userId = socket.id;
  socket.on('join', async (p: { room: string; userId: string }, ack?: () => void) => {
    userId = p.userId;
    await socket.join(p.room);
    ack?.();
  });
  socket.on('typing', (p: { channelId: string; typing: boolean }, ack?: Ack) => {
    if (typing.relay(p.channelId, p.typing, performance.now())) {
      socket.to(p.channelId).emit('typing', { channelId: p.channelId, userId, typing: p.typing });
    }
    ack?.({ ok: true });
  });
  socket.on('message:send', (p: { channelId: string; clientId: string; body: string }, ack?: Ack) => {
    const message = { ...p, authorId: userId, seq: ++seq, createdAt: new Date().toISOString() };
    io.to(p.channelId).emit('message', message);
    ack?.({ ok: true, message, duplicate: false });
  });
});
http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
