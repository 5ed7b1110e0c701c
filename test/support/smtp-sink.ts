import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { until } from './until';

/** A real SMTP server inside the test: it accepts every message and keeps it, parsed. */
export class SmtpSink {
  readonly mails: ParsedMail[] = [];
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  to(address: string): ParsedMail[] {
    return this.mails.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()));
  }

  /** Waits for a mail to the address (optionally matching the subject). */
  waitFor(address: string, subject?: RegExp, timeoutMs = 15_000): Promise<ParsedMail> {
    return until(
      async () => this.to(address).find((m) => !subject || subject.test(m.subject ?? '')),
      `mail to ${address}${subject ? ` about ${subject}` : ''}`,
      timeoutMs,
    );
  }
}

/** The first link in the plain-text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const found = (mail.text ?? '').split(/\s+/).find((w) => w.startsWith(prefix));
  if (!found) throw new Error(`no link starting with ${prefix} in: ${mail.text}`);
  return found;
}

/** A header as sent (mailparser folds List-* headers into its own structure). */
export function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}
