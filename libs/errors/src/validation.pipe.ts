import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { chineseConstraintMessage, type ConstraintContext } from './constraint-messages.js';
import type { FieldErrorDetail, LocalisedMessage } from './domain.error.js';
import { fieldPath } from './request-input.js';
import { validationFailed } from './to-error-body.js';

/** The decorator behind a failed constraint, for its parameters (`@Length(1, 35)`) and whether it checks each item. */
function decoratorOf(error: ValidationError, constraint: string): { constraints?: unknown[]; each?: boolean } | undefined {
  const target = (error.target as object | undefined)?.constructor;
  if (!target) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
}

/** class-validator's English message, and the Chinese one: the constraint's own, or written from its parameters. */
function localise(error: ValidationError, field: string, constraint: string, english: string): LocalisedMessage {
  const own = (error.contexts?.[constraint] as Partial<ConstraintContext> | undefined)?.message;
  if (own) return { en: english, 'zh-CN': (typeof own === 'function' ? own(error.value, field) : own)['zh-CN'] };
  const decorator = decoratorOf(error, constraint);
  const subject = decorator?.each ? `${field} 中的每一项` : field;
  return { en: english, 'zh-CN': chineseConstraintMessage(constraint, { subject, constraints: decorator?.constraints ?? [] }) };
}

/** Flattens class-validator's nested errors into one detail per failed constraint and field, in both languages. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldErrorDetail[] {
  return errors.flatMap((error) => {
    const field = fieldPath(parent, error.property);
    const own: FieldErrorDetail[] = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message: localise(error, field, constraint, constraint === 'whitelistValidation' ? `${field} is not an accepted field` : message),
    }));
    return own.concat(flattenValidationErrors(error.children ?? [], field));
  });
}

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Unknown fields are refused, every failure is listed by field, and a body the route reads as a
 * DTO must be a JSON object: class-transformer would turn an array into an array of DTOs, and
 * the validators would pass it. The failed object and value stay on class-validator's errors only
 * to write the Chinese text; the client sees field, constraint and message, never its own input echoed.
 */
class LandseaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && this.toValidate(metadata) && !isPlainObject(value)) {
      throw validationFailed([{ field: '(body)', constraint: 'isObject', message: { en: 'The request body must be a JSON object', 'zh-CN': '请求体必须是 JSON 对象' } }]);
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
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
