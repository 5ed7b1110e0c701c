import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { DomainException, ErrorCode, negotiateLocale } from '@syndesmos/common';
import { errorBody } from './http-exception.filter';
import { REQUEST_ID } from './request-context.middleware';

type ClientError = Error & { code?: string; rawPacket?: unknown };

/** A header of the unreadable request, if its bytes show one. */
function rawHeader(err: ClientError, name: string): string | undefined {
  const head = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString('latin1') : '';
  return new RegExp(`\\r\\n${name}:[ \\t]*([^\\r\\n]*)`, 'i').exec(head)?.[1]?.trim();
}

/**
 * Node's HTTP parser refused the request (a raw space or control character in the address, a
 * broken request line…), so no framework code ever sees it. The answer is written on the socket
 * as the one error body, 400 `MALFORMED_REQUEST`, with a request id. A timeout (408) or
 * oversized headers (431) keep Node's own answer; a reset connection gets none.
 */
export function answerClientError(err: ClientError, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_HEADER_OVERFLOW') {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 408;
    if (socket.writable)
      socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    socket.destroy(err);
    return;
  }
  const incoming = rawHeader(err, 'x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  const locale = negotiateLocale(rawHeader(err, 'accept-language'));
  const body = JSON.stringify(errorBody(new DomainException(ErrorCode.MalformedRequest), locale, requestId));
  if (!socket.writable) {
    socket.destroy(err);
    return;
  }
  socket.end(
    [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${requestId}`,
      'X-Content-Type-Options: nosniff',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
    () => socket.destroy(),
  );
}
