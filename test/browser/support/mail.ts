import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { until } from '../../support/until';

// The mail the platform sent during the run: the catcher (scripts/dev-mail-catcher.ts) keeps
// each message as `<ISO time>-<session>.eml` in one folder, renamed into place only once whole.

export interface CaughtMail {
  file: string;
  receivedAt: Date;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link in the text and HTML parts, in order, each once. */
  links: string[];
  /** The first link whose path starts with `path` (or that matches the pattern); throws when none does. */
  link(path: string | RegExp): string;
}

export interface LatestToOptions {
  /** Only mail whose subject matches. */
  subject?: RegExp;
  /** Only mail received at or after this moment (take it before the action that sends the mail). */
  since?: Date;
  /** How long to wait for such a mail; 15 s unless told. */
  timeoutMs?: number;
}

const LINK = /https?:\/\/[^\s<>"')\]]+/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x3D;|&#61;/g, '=');
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter(Boolean);
}

function receivedAt(file: string): Date {
  // 2026-12-01T10-12-55-758Z-<id>.eml → 2026-12-01T10:12:55.758Z
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(file);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : new Date(0);
}

export class MailFolder {
  private readonly parsed = new Map<string, CaughtMail>();

  constructor(readonly dir: string) {}

  /** Every message caught so far, oldest first. */
  async all(): Promise<CaughtMail[]> {
    const files = readdirSync(this.dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    for (const file of files) {
      if (!this.parsed.has(file)) this.parsed.set(file, await this.parse(file));
    }
    return files.map((f) => this.parsed.get(f)!);
  }

  /** Waits for a message to the address (matching the options) and returns the latest one. */
  async latestTo(address: string, options: LatestToOptions = {}): Promise<CaughtMail> {
    const wanted = address.toLowerCase();
    const what = `mail to ${address}${options.subject ? ` about ${options.subject}` : ''}${
      options.since ? ` since ${options.since.toISOString()}` : ''
    }`;
    return until(
      async () =>
        (await this.all())
          .filter(
            (m) =>
              m.to.includes(wanted) &&
              (!options.subject || options.subject.test(m.subject)) &&
              (!options.since || m.receivedAt >= options.since),
          )
          .at(-1),
      what,
      options.timeoutMs ?? 15_000,
    );
  }

  private async parse(file: string): Promise<CaughtMail> {
    const mail = await simpleParser(readFileSync(resolve(this.dir, file)));
    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    const links = [...new Set([...(text.match(LINK) ?? []), ...(html.match(LINK) ?? []).map(decodeEntities)])];
    const subject = mail.subject ?? '';
    return {
      file,
      receivedAt: receivedAt(file),
      to: [...addresses(mail.to), ...addresses(mail.cc)],
      subject,
      text,
      html,
      links,
      link(path) {
        const found = links.find((l) =>
          typeof path === 'string' ? new URL(l).pathname.startsWith(path) : path.test(l),
        );
        if (!found) throw new Error(`no link to ${path} in the mail "${subject}"; its links: ${links.join(', ')}`);
        return found;
      },
    };
  }
}
