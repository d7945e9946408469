import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config';

/** One digest as a mail. */
export interface DigestMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per (user, week): a receiving system can tell a retry from a new message. */
  messageId: string;
  /** RFC 8058 one-click unsubscribe URL, when the mail carries one. */
  unsubscribeUrl: string | null;
  /** Where an .eml is filed in the outbox: `<week>/<name>.eml`. */
  outboxName: { isoWeek: string; file: string };
}

/** Where digests go: an SMTP server, or `.eml` files in the outbox folder when SMTP is not configured. */
export interface DigestTransport {
  kind: 'smtp' | 'outbox';
  send(mail: DigestMail): Promise<void>;
  close(): void;
}

function messageOf(from: string, mail: DigestMail) {
  const headers: Record<string, string> = {};
  if (mail.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: mail.messageId,
    headers,
  };
}

/** The outbox folder: `<DATA_DIR>/outbox`. */
export function outboxDir(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'outbox');
}

/**
 * The transport the configuration asks for. SMTP timeouts are well under the claim lease
 * (digest-runner.ts), so a hung server fails the attempt before another sender may take it over.
 */
export function createDigestTransport(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>,
): DigestTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    return {
      kind: 'smtp',
      send: async (mail) => {
        await smtp.sendMail(messageOf(config.mailFrom, mail));
      },
      close: () => smtp.close(),
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = outboxDir(config);
  return {
    kind: 'outbox',
    send: async (mail) => {
      const info = await composer.sendMail(messageOf(config.mailFrom, mail));
      const folder = join(dir, mail.outboxName.isoWeek);
      await mkdir(folder, { recursive: true });
      // Written whole then renamed: a reader never sees half a file, and a retry overwrites the same name.
      const path = join(folder, mail.outboxName.file);
      await writeFile(`${path}.tmp`, info.message as Buffer);
      await rename(`${path}.tmp`, path);
    },
    close: () => composer.close(),
  };
}
