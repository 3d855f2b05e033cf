/** One problem with one field of the input, as the client sent it (`items[0].hsCode`). */
export interface FieldErrorDetail {
  readonly field: string;
  readonly message: string;
  readonly constraint?: string;
}

export type ErrorDetail = FieldErrorDetail | Record<string, unknown>;

/**
 * An error a client can act on: it carries the HTTP status, a stable code from one of the
 * contexts' error enums, and a message fit to show. Anything else thrown is an internal error.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
  }
}
