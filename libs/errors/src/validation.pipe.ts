import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDetail } from './domain.error.js';
import { validationFailed } from './to-error-body.js';

const joinPath = (parent: string, property: string): string => {
  if (parent === '') return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
};

/** Flattens class-validator's nested errors into one detail per failed constraint and field. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldErrorDetail[] {
  return errors.flatMap((error) => {
    const field = joinPath(parent, error.property);
    const own: FieldErrorDetail[] = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message: constraint === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
    return own.concat(flattenValidationErrors(error.children ?? [], field));
  });
}

/** The one validation pipe: unknown fields are refused, every failure is listed by field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
