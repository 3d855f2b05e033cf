/** One problem with one field of the input, as the client sent it (`items[0].hsCode`). */
export interface FieldErrorDetail {
  readonly field: string;
  readonly message: string;
  readonly constraint?: string;
}

export type ErrorDetail = FieldErrorDetail | Record<string, unknown>;

/** The languages the node answers in; zh-CN is the corridor's own. */
export type Language = 'en' | 'zh-CN';

/** A message a person reads, in each language the node answers in. */
export type LocalisedMessage = Readonly<Record<Language, string>>;

/**
 * An error a client can act on: it carries the HTTP status, a stable code from one of the
 * contexts' error enums, and a message fit to show, in English and Chinese (a plain string is
 * English only, until its context's catalogue gives it a Chinese text).
 * Anything else thrown is an internal error.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly messages: Partial<LocalisedMessage> & { readonly en: string };

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string | LocalisedMessage,
    readonly details?: readonly ErrorDetail[],
  ) {
    const messages = typeof message === 'string' ? { en: message } : message;
    super(messages.en);
    this.messages = messages;
  }

  /** The message in the asked language, or English where the error has none in it. */
  messageIn(language: Language): string {
    return this.messages[language] ?? this.messages.en;
  }
}
