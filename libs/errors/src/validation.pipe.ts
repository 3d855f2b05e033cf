import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDetail } from './domain.error.js';
import { fieldPath } from './request-input.js';
import { validationFailed } from './to-error-body.js';

/** Flattens class-validator's nested errors into one detail per failed constraint and field. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldErrorDetail[] {
  return errors.flatMap((error) => {
    const field = fieldPath(parent, error.property);
    const own: FieldErrorDetail[] = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message: constraint === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
    return own.concat(flattenValidationErrors(error.children ?? [], field));
  });
}

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Unknown fields are refused, every failure is listed by field, and a body the route reads as a
 * DTO must be a JSON object: class-transformer would turn an array into an array of DTOs, and
 * the validators would pass it.
 */
class LandseaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && this.toValidate(metadata) && !isPlainObject(value)) {
      throw validationFailed([{ field: '(body)', constraint: 'isObject', message: 'The request body must be a JSON object' }]);
    }
    return super.transform(value, metadata);
  }
}

/** The one validation pipe. */
export function createValidationPipe(): ValidationPipe {
  return new LandseaValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
