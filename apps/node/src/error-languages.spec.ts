import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import * as AuthErrors from '@landsea/auth';
import { BillsErrors } from '@landsea/bills';
import { DomainError, isWordedInChinese, type LocalisedMessage, routeNotFound, validationFailed } from '@landsea/errors';
import { ExchangeErrors } from '@landsea/exchange';
import { IdentityErrorCode, IdentityErrors } from '@landsea/identity';
import * as QueueErrors from '@landsea/queue';
import { DeclarationsErrors } from '../../../libs/declarations/src/declarations.errors.js';
import { NODE_DEFINITION } from './node.definition.js';

const CJK = /\p{Script=Han}/u;
const said: LocalisedMessage = { en: 'said in English', 'zh-CN': '以中文说明' };

/** Every error factory of every context, by catalogue and name. */
const catalogues: Record<string, Record<string, unknown>> = {
  AuthErrors: pick(AuthErrors, ['tokenMissing', 'roleRequired', 'organisationNotApproved']),
  QueueErrors: pick(QueueErrors, ['deadLetterNotFound', 'deadLetterQueueUnknown']),
  CommonErrors: { routeNotFound, validationFailed },
  IdentityErrors,
  DeclarationsErrors,
  BillsErrors,
  ExchangeErrors,
};

function pick(module: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, module[name]]));
}

/**
 * Arguments for the factories that take more than strings; every other factory is called with
 * 'SAMPLE' for each parameter. A new factory that needs other arguments fails here by name until
 * it is given some.
 */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  'AuthErrors.roleRequired': [['NODE_OPERATOR', 'CUSTOMS_OFFICER']],
  'CommonErrors.validationFailed': [[{ field: 'reference', message: said }]],
  'IdentityErrors.usccInvalid': ['uscc', said],
  'IdentityErrors.alreadyRegistered': [{ en: 'USCC 91500000MA5U7K8B3E', 'zh-CN': '统一社会信用代码 91500000MA5U7K8B3E' }],
  'IdentityErrors.weakPassword': [[said]],
  'IdentityErrors.unknownRole': [['ADMIRAL']],
  'IdentityErrors.throttled': [30],
  'IdentityErrors.accountLocked': [900],
  'IdentityErrors.addressLocked': [60],
  'IdentityErrors.token': [IdentityErrorCode.TOKEN_INVALID, said],
  'IdentityErrors.clientKeyInvalid': [said],
  'IdentityErrors.clientAssertionInvalid': [said],
  'DeclarationsErrors.notSubmittable': [[said]],
  'DeclarationsErrors.notKeyed': [['declaration.grossWeight']],
  'DeclarationsErrors.summaryFieldFrozen': [['declaration.items[0].hsCode']],
  'DeclarationsErrors.tooPrecise': [[{ field: 'invoice.totalAmount', message: said }]],
  'DeclarationsErrors.spreadsheetRefused': [{ reason: 'TOO_LARGE', problem: 'ZIP_BOMB', details: { limit: 100000 } }],
  'DeclarationsErrors.noHeaders': ['invoice'],
  'DeclarationsErrors.stateConflict': ['SUBMITTED', 'submitted'],
  'BillsErrors.notExpressibleAsDcsa': [said, 'route.legs'],
  'BillsErrors.dcsaSchemaViolation': ['TransportDocument', [{ path: '/shipper', message: 'must be object' }]],
  'BillsErrors.transferRefused': ['BSIG', said],
  'BillsErrors.noSignedAnswer': [said],
  'ExchangeErrors.malformed': [said],
  'ExchangeErrors.signature': [true, said],
  'ExchangeErrors.tooManyRecords': [501, 500],
  'ExchangeErrors.feedPageInvalid': ['GX', said],
};

const factories = Object.entries(catalogues).flatMap(([catalogue, entries]) =>
  Object.entries(entries)
    .filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function')
    .map(([name, factory]) => [`${catalogue}.${name}`, factory] as const),
);

describe('every error speaks Chinese and English', () => {
  it('walks the catalogues of every context', () => {
    expect(factories.length).toBeGreaterThanOrEqual(97);
    expect(Object.keys(SAMPLE_ARGUMENTS).filter((name) => !factories.some(([known]) => known === name))).toEqual([]);
  });

  it.each(factories)('%s has a Chinese message of its own, and Chinese field details', (name, factory) => {
    const error = factory(...(SAMPLE_ARGUMENTS[name] ?? Array.from({ length: factory.length }, () => 'SAMPLE')));
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    const english = domainError.messageIn('en');
    const chinese = domainError.messageIn('zh-CN');
    expect(english).not.toMatch(/^\s*$/);
    expect(chinese).toMatch(CJK);
    expect(chinese).not.toBe(english);
    // A detail's message written by the node is in both languages; a bare value (a state, a code) is data.
    for (const detail of domainError.details ?? []) {
      const message = (detail as { message?: unknown }).message;
      if (typeof message === 'object' && message !== null) expect((message as LocalisedMessage)['zh-CN']).toMatch(CJK);
    }
  });
});

describe('every validation constraint the API uses speaks Chinese', () => {
  it('has a Chinese text for each constraint of every DTO of the node', () => {
    expect(NODE_DEFINITION.module).toBeDefined(); // loads every context, and so every DTO
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> };
    const constraints = [...storage.validationMetadatas.values()]
      .flat()
      .filter((m) => m.type !== 'conditionalValidation' && m.type !== 'whitelistValidation');
    expect(constraints.length).toBeGreaterThan(300);
    const unworded = constraints
      .filter((m) => !(m.context && 'message' in m.context) && !isWordedInChinese(m.name ?? m.type))
      .map((m) => `${(m.target as Function).name}.${m.propertyName} ${m.name ?? m.type}`);
    expect(unworded).toEqual([]);
  });
});
