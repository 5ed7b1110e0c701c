import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';

// For `npm start` on a laptop: when SMTP_URL points at this machine and nothing answers there,
// a small SMTP server takes the platform's mail, keeps each message as an .eml file under
// .data/mail/ and prints one line per message. A real relay (or Mailpit) that answers is
// used as it is.

export interface MailCatcher {
  started: boolean;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

export async function ensureMailCatcher(
  smtpUrl: string,
  dir: string,
  log: (line: string) => void,
): Promise<MailCatcher> {
  const url = new URL(smtpUrl);
  const port = Number(url.port || 25);
  if (!LOOPBACK.has(url.hostname) || (await answers(url.hostname, port)))
    return { started: false, stop: async () => undefined };
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  let caught = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const file = resolve(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${session.id}.eml`);
        // Written aside, then renamed: whoever reads the folder (the browser tests) never sees half a message.
        writeFileSync(`${file}.part`, raw);
        renameSync(`${file}.part`, file);
        caught++;
        // Demo data alone makes dozens of mails: name the first few, then count.
        if (caught <= 5) {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          log(`mail to ${to} caught (${file})`);
        } else if (caught % 50 === 0) log(`${caught} mails caught in ${folder}`);
        done();
      });
    },
  });
  await new Promise<void>((done) => server.listen(port, url.hostname, done));
  log(`catching mail on ${url.hostname}:${port}; messages go to ${folder}`);
  return { started: true, stop: () => new Promise<void>((done) => server.close(() => done())) };
}
