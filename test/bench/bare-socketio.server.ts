import { createServer } from 'node:http';
import { Server } from 'socket.io';

// The floor for the realtime benchmark: socket.io rooms in one process, with no
// authentication, no storage and no Redis. Clients `join` a room and `msg` to it.
const port = Number(process.env.BARE_PORT ?? 3995);
const http = createServer((req, res) => {
  if (req.url === '/health') res.writeHead(200).end('ok');
});
const io = new Server(http, { path: '/socket.io' });
io.on('connection', (socket) => {
  socket.on('join', async (room: string, ack?: () => void) => {
    await socket.join(room);
    ack?.();
  });
  socket.on('msg', (m: { channelId: string }) => {
    io.to(m.channelId).emit('msg', m);
  });
});
http.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
