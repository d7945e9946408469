import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export type SmtpMode = 'accept' | 'refuse' | 'tempfail';

/** A message the server accepted, parsed as a mail client would read it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 (port 0, no STARTTLS, no auth) that keeps what it receives. It can
 * be told to refuse connections (its socket closes: ECONNREFUSED) or to answer 451 to every message,
 * and back to accepting, on the same port.
 */
export async function startTestSmtpServer() {
  const received: ReceivedMail[] = [];
  let mode: SmtpMode = 'accept';

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    hideSTARTTLS: true,
    logger: false,
    onRcptTo(_address, _session: SMTPServerSession, callback) {
      if (mode === 'tempfail') {
        const error = new Error('Mailbox temporarily unavailable, try again later') as Error & {
          responseCode: number;
        };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.server.address() as AddressInfo).port);
      });
    });
  const unlisten = () => new Promise<void>((resolve) => server.server.close(() => resolve()));

  const port = await listen(0);
  let listening = true;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages received for an address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    async setMode(next: SmtpMode) {
      if (next === 'refuse' && listening) {
        await unlisten();
        listening = false;
      } else if (next !== 'refuse' && !listening) {
        await listen(port);
        listening = true;
      }
      mode = next;
    },
    close: () => new Promise<void>((resolve) => (listening ? server.close(() => resolve()) : resolve())),
  };
}
