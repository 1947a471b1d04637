/** Why a message left its queue for the DLQ. */
export interface DeadLetterFailure {
  /** The rule (= queue name) whose consumer kept failing. */
  readonly rule: string;
  readonly queueArn: string;
  /** The error message of the last failed delivery. */
  readonly errorMessage: string;
  /** Receives the message had when it was dead-lettered. */
  readonly receiveCount: number;
  /** ISO-8601. */
  readonly deadLetteredAt: string;
}

/**
 * A message as the queue stores it (and as the journal persists it). Visibility and receipt handles
 * are runtime-only: after a restart every stored message is visible, as in SQS after the timeout.
 */
export interface StoredMessage {
  readonly messageId: string;
  readonly body: string;
  readonly md5OfBody: string;
  /** Epoch milliseconds. */
  readonly sentTimestamp: number;
  readonly senderId: string;
  receiveCount: number;
  /** Epoch milliseconds of the first receive. */
  firstReceiveTimestamp?: number;
  /** Error message of the most recent failed delivery. */
  lastError?: string;
  /** Set once the message is in the DLQ. */
  deadLetter?: DeadLetterFailure;
}

/**
 * A dead-lettered message as `listDeadLetters` returns it: everything but `failure` is the message as
 * SQS holds it in the DLQ (what `ReceiveMessage` on the DLQ with `AttributeNames: ['All']` shows).
 */
export interface DeadLetter {
  readonly messageId: string;
  /** The original body: the EventBridge event JSON. */
  readonly body: string;
  readonly md5OfBody: string;
  readonly attributes: {
    /** The original enqueue time: SQS keeps it when it moves a standard queue's message to the DLQ. */
    readonly SentTimestamp: string;
    readonly SenderId: string;
    readonly ApproximateReceiveCount: string;
    readonly ApproximateFirstReceiveTimestamp: string;
    /** The queue the message was moved from. */
    readonly DeadLetterQueueSourceArn: string;
  };
  /** Message attributes as sent (EventBridge targets send none). */
  readonly messageAttributes: Readonly<Record<string, never>>;
  /**
   * Local-only diagnostics, not part of the SQS message: in AWS the reason is only in the consumer's
   * logs. Kept here so `aircraftops dlq list` can show why without searching logs.
   */
  readonly failure: DeadLetterFailure;
}

/** A message handed out by `receive`, with the receipt handle that deletes or releases it. */
export interface ReceivedMessage {
  readonly message: Readonly<StoredMessage>;
  readonly receiptHandle: string;
}
