import type { Db, Tx } from '../../db/database';
import type { MessagePurpose } from '../../shared/message-purposes';

/**
 * How messages reach residents. A real SMS or WeChat gateway implements
 * NotificationProvider; the default OutboxProvider only keeps each message in
 * the notifications table, where administrators can read it.
 */
export interface OutgoingMessage {
  channel: 'sms' | 'wechat';
  recipient: string;
  purpose: MessagePurpose;
  body: string;
}

export interface NotificationProvider {
  readonly name: string;
  /** Delivers the message; resolves to false when the gateway refused it. */
  deliver(message: OutgoingMessage): Promise<boolean>;
}

export class OutboxProvider implements NotificationProvider {
  readonly name = 'outbox';
  async deliver(): Promise<boolean> {
    return true;
  }
}

/** Where the platform is reached from outside unless PUBLIC_BASE_URL says otherwise: the embedded default. */
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:3000';

export class Notifier {
  private readonly publicBaseUrl: string;

  constructor(
    private readonly provider: NotificationProvider = new OutboxProvider(),
    publicBaseUrl = DEFAULT_PUBLIC_BASE_URL,
  ) {
    this.publicBaseUrl = publicBaseUrl.replace(/\/+$/, '');
  }

  /** A page of the platform (a path such as /t/<code>) as an absolute link a phone can open from a message. */
  link(path: string): string {
    return `${this.publicBaseUrl}${path}`;
  }

  /** Sends and records the message; the record is written in the caller's transaction. */
  async send(db: Db | Tx, message: OutgoingMessage): Promise<void> {
    await this.sendAll(db, [message]);
  }

  /** Sends each message and records them all in one statement, in the caller's transaction. */
  async sendAll(db: Db | Tx, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const records = [];
    for (const message of messages) {
      const delivered = await this.provider.deliver(message);
      const status: 'kept' | 'sent' | 'failed' =
        this.provider.name === 'outbox' ? 'kept' : delivered ? 'sent' : 'failed';
      records.push({ ...message, provider: this.provider.name, status });
    }
    await db.insertInto('notifications').values(records).execute();
  }
}
