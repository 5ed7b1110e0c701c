import WebSocket from 'ws';

// The least a benchmark's client needs of Socket.IO v4 over a WebSocket (Engine.IO v4, the
// default namespace, JSON payloads, acknowledgements): 2,000 socket.io-client instances in one
// process cost about a millisecond of CPU per message sent at 600 msg/s, half of what the two
// shared cores allow per message at 1,000 msg/s; the servers under test are the same either way.
// `BENCH_CLIENT=socket.io` keeps socket.io-client (bench-support's `benchClient`).
//
// Frames: "0{…}" open · "2" ping → "3" pong · "40{…}" connected · "44{…}" refused ·
// "42[event, data]" event · "42<id>[event, data]" event asking an ack · "43<id>[answer]" ack.

type Listener = (data: unknown) => void;

export class RawSocket {
  private readonly ws: WebSocket;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly acks = new Map<number, (answer: unknown) => void>();
  private nextAck = 0;
  /** Settles once the namespace answers the handshake: connected, or refused with its reason. */
  readonly connected: Promise<void>;

  constructor(url: string, auth: Record<string, unknown>) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    this.connected = new Promise((resolve, reject) => {
      this.ws.on('error', reject);
      this.ws.on('close', () => reject(new Error('closed before the handshake')));
      this.ws.on('message', (raw: Buffer) => {
        const frame = raw.toString();
        if (frame.startsWith('0')) this.ws.send(`40${JSON.stringify(auth)}`);
        else if (frame === '2') this.ws.send('3');
        else if (frame.startsWith('40')) resolve();
        else if (frame.startsWith('44')) reject(new Error(frame.slice(2)));
        else if (frame.startsWith('42')) this.onEvent(frame);
        else if (frame.startsWith('43')) this.onAck(frame);
      });
    });
    // A refusal is also seen by whoever awaits `connected`; no unhandled rejection meanwhile.
    this.connected.catch(() => undefined);
  }

  on<T>(event: string, listener: (data: T) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
  }

  once<T>(event: string, listener: (data: T) => void): void {
    const wrapped = (data: T) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== (wrapped as Listener)),
      );
      listener(data);
    };
    this.on(event, wrapped);
  }

  emit(event: string, data: unknown): void {
    this.ws.send(`42${JSON.stringify([event, data])}`);
  }

  /** Like socket.io-client's `timeout(ms).emitWithAck`: the answer, or an error after `ms`. */
  emitWithAck(event: string, data: unknown, ms: number): Promise<unknown> {
    const id = this.nextAck++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error('operation has timed out'));
      }, ms);
      this.acks.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.ws.send(`42${id}${JSON.stringify([event, data])}`);
    });
  }

  disconnect(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send('41');
    this.ws.close();
  }

  private onEvent(frame: string): void {
    const start = frame.indexOf('[');
    const [event, data] = JSON.parse(frame.slice(start)) as [string, unknown];
    for (const listener of this.listeners.get(event) ?? []) listener(data);
  }

  private onAck(frame: string): void {
    const start = frame.indexOf('[');
    const answer = this.acks.get(Number(frame.slice(2, start)));
    if (!answer) return;
    this.acks.delete(Number(frame.slice(2, start)));
    answer((JSON.parse(frame.slice(start)) as unknown[])[0]);
  }
}
