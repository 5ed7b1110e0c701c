import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import { getSession, refresh, renewalMayHelp, subscribeSession } from '../api/session';

// One socket.io connection to the realtime gateway per signed-in tab, shared by every screen
// (channels, the notification bell, live consortium pages). It follows the session: it opens
// when someone signs in, closes when they sign out, and reconnects with the current access
// token (auth is a function, read at each attempt). The gateway's address comes from
// GET /v1/platform; the Vite dev server proxies /socket.io, so development uses the page's origin.
//
// Losing the connection is normal: the browser's offline/online events close and reopen the
// socket at once (rather than waiting for socket.io's timeouts), a socket the gateway closed is
// opened again after a growing pause, and `useRealtimeStatus` tells
// screens to say so. Screens resync on the 'ready' event, which the gateway sends on every
// (re)connection.

export type RealtimeStatus = 'idle' | 'connecting' | 'online' | 'offline';

let socket: Socket | undefined;
let status: RealtimeStatus = 'idle';
let realtimeUrl: Promise<string> | undefined;
const statusListeners = new Set<() => void>();
const socketListeners = new Set<() => void>();

function setStatus(next: RealtimeStatus): void {
  if (next === status) return;
  status = next;
  for (const l of statusListeners) l();
}

async function gatewayUrl(): Promise<string> {
  if (import.meta.env.DEV) return window.location.origin;
  realtimeUrl ??= fetch('/v1/platform', { credentials: 'same-origin' })
    .then(async (res) => {
      if (!res.ok) throw new Error(`GET /v1/platform answered ${res.status}`);
      return ((await res.json()) as { realtimeUrl: string }).realtimeUrl;
    })
    .catch((err: unknown) => {
      realtimeUrl = undefined; // try again at the next connection
      throw err;
    });
  return realtimeUrl;
}

function accessToken(): string | undefined {
  const s = getSession();
  return s.status === 'signedIn' ? s.accessToken : undefined;
}

async function open(): Promise<void> {
  if (socket) return;
  setStatus('connecting');
  let url: string;
  try {
    url = await gatewayUrl();
  } catch {
    setStatus('offline');
    setTimeout(() => void sync(), 5000);
    return;
  }
  if (socket || !accessToken()) return;
  const s = io(url, {
    transports: ['websocket'],
    auth: (cb) => cb({ token: accessToken() }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  let refused = 0;
  // The gateway refused the access token (it expired while the tab slept, say): renew it
  // before trying again, rather than offering the same one until the session's timer renews it.
  let tokenRefused = false;
  s.on('connect', () => setStatus('online'));
  s.on('ready', () => (refused = 0));
  s.on('error', (e: { code?: unknown } | undefined) => {
    if (renewalMayHelp(e?.code)) tokenRefused = true;
  });
  s.on('disconnect', (reason) => {
    setStatus(navigator.onLine ? 'connecting' : 'offline');
    // socket.io gives up when the gateway itself closes the socket (a busy node, or a token
    // it refused): try again later, longer each time, with the token the session holds then.
    if (reason !== 'io server disconnect') return;
    const renew = tokenRefused ? refresh() : Promise.resolve(true);
    tokenRefused = false;
    const delay = Math.min(30_000, 2000 * 2 ** refused++) * (0.5 + Math.random() / 2);
    setTimeout(() => {
      // A refresh that failed has signed the session out, which closes this socket.
      void renew.then(() => {
        if (socket === s && !s.connected && accessToken()) s.connect();
      });
    }, delay);
  });
  s.on('connect_error', () => setStatus(navigator.onLine ? 'connecting' : 'offline'));
  socket = s;
  for (const l of socketListeners) l();
}

function close(): void {
  if (!socket) return;
  socket.removeAllListeners();
  socket.disconnect();
  socket = undefined;
  setStatus('idle');
  for (const l of socketListeners) l();
}

function sync(): void {
  if (getSession().status === 'signedIn') void open();
  else close();
}

let started = false;
/** Starts following the session (idempotent); the layout calls it once signed in. */
export function startRealtime(): void {
  if (started) return;
  started = true;
  subscribeSession(sync);
  window.addEventListener('offline', () => {
    socket?.disconnect();
    setStatus('offline');
  });
  window.addEventListener('online', () => {
    if (socket && !socket.connected) {
      setStatus('connecting');
      socket.connect();
    } else sync();
  });
  sync();
}

export function getSocket(): Socket | undefined {
  return socket;
}

export function useRealtimeStatus(): RealtimeStatus {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => status,
    () => status,
  );
}

/** The shared socket, or undefined while signed out; re-renders when it is replaced. */
export function useSocket(): Socket | undefined {
  return useSyncExternalStore(
    (l) => {
      socketListeners.add(l);
      return () => socketListeners.delete(l);
    },
    () => socket,
    () => socket,
  );
}

/**
 * Calls `handler` for each `event` the gateway sends while the component is mounted. The
 * latest handler is always used, so callers need not memoise it.
 */
export function useRealtimeEvent<T = unknown>(event: string, handler: (payload: T) => void): void {
  const s = useSocket();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!s) return;
    const listener = (payload: T) => latest.current(payload);
    s.on(event, listener);
    return () => {
      s.off(event, listener);
    };
  }, [s, event]);
}

/** A refusal from the gateway ({ ok: false, error }) or no answer in time (code OFFLINE/TIMEOUT). */
export class RealtimeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string; details?: unknown } };

/**
 * Emits an event and resolves with the gateway's acknowledgement (`{ ok: true, … }`), or rejects
 * with a RealtimeError: the gateway's refusal, OFFLINE when not connected, TIMEOUT after
 * `timeoutMs` (the connection dropped or the gateway is busy), so callers keep the item to retry.
 */
export async function emitWithAck<T = Record<string, unknown>>(
  event: string,
  payload: unknown,
  timeoutMs = 10_000,
): Promise<T> {
  const s = socket;
  if (!s?.connected) throw new RealtimeError('OFFLINE', 'not connected to the realtime gateway');
  let answer: Ack<T>;
  try {
    answer = (await s.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    throw new RealtimeError('TIMEOUT', `no answer to ${event} within ${timeoutMs} ms`);
  }
  if (!answer.ok) throw new RealtimeError(answer.error.code, answer.error.message, answer.error.details);
  return answer;
}
