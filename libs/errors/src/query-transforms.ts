import { Transform } from 'class-transformer';

/** Query strings arrive as text: turns "25" into 25 and leaves anything else for the validators to refuse. */
export const QueryInteger = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

/** Turns "true"/"false" into booleans and leaves anything else for the validators to refuse. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
