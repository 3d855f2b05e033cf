/** The languages the node answers in; zh-CN is the corridor's own. */
export type Language = 'en' | 'zh-CN';

/** A message a person reads, in each language the node answers in. */
export type LocalisedMessage = Readonly<Record<Language, string>>;

/**
 * One problem with one field of the input, as the client sent it (`items[0].hsCode`). Its message
 * is in both languages until the error body is written in the one the client asked for.
 */
export interface FieldErrorDetail {
  readonly field: string;
  readonly message: string | LocalisedMessage;
  readonly constraint?: string;
}

export type ErrorDetail = FieldErrorDetail | Record<string, unknown>;

/** A detail as the client reads it: any message in both languages becomes the asked one. */
function detailIn(detail: ErrorDetail, language: Language): ErrorDetail {
  const message = (detail as { message?: unknown }).message;
  return isLocalised(message) ? { ...detail, message: message[language] } : detail;
}

function isLocalised(value: unknown): value is LocalisedMessage {
  return typeof value === 'object' && value !== null && typeof (value as LocalisedMessage).en === 'string' && typeof (value as LocalisedMessage)['zh-CN'] === 'string';
}

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

  /** The details as the client reads them, each message in the asked language. */
  detailsIn(language: Language): readonly ErrorDetail[] | undefined {
    return this.details?.map((detail) => detailIn(detail, language));
  }
}
