/** A channel refused or failed a message; a permanent failure is not tried again. */
export class ChannelError extends Error {
  override name = 'ChannelError';

  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface SentMessage {
  providerMessageId: string | null;
}
