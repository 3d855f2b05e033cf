import { BillsErrors } from '../bills.errors.js';
import type { BillDocument } from '../bills/bill-document.js';
import { DCSA_EBL_SPEC, DCSA_PINT_SPEC, DcsaSchemas } from './dcsa-schemas.js';
import { NotExpressible, type TransportDocument, type TransportDocumentContext, toTransportDocument } from './dcsa-transport-document.js';

let ebl: DcsaSchemas | undefined;
let pint: DcsaSchemas | undefined;

/** DCSA eBL 3.0.4's schemas, compiled once. */
export function eblSchemas(): DcsaSchemas {
  return (ebl ??= new DcsaSchemas(DCSA_EBL_SPEC));
}

/** DCSA PINT 3.0.0's schemas, compiled once. */
export function pintSchemas(): DcsaSchemas {
  return (pint ??= new DcsaSchemas(DCSA_PINT_SPEC));
}

/** The bill as a DCSA Transport Document that DCSA's own eBL 3.0.4 schema accepts, or the error saying why not. */
export function exportTransportDocument(bill: BillDocument, context: TransportDocumentContext): TransportDocument {
  let document: TransportDocument;
  try {
    document = toTransportDocument(bill, context);
  } catch (error) {
    if (error instanceof NotExpressible) throw BillsErrors.notExpressibleAsDcsa(error.messages, error.field);
    throw error;
  }
  const check = eblSchemas().check('TransportDocument', document);
  if (!check.valid) throw BillsErrors.dcsaSchemaViolation('TransportDocument', check.problems);
  return document;
}
