import { DomainError } from '@landsea/errors';
import { type BillCommand, type BillPosition, type BillTerms, decide, issuedPosition } from './bill-state-machine.js';

const CARRIER = 'USCC:91500000MA5U7K8B3E';
const SHIPPER = 'USCC:91500000202815306C';
const CONSIGNEE = 'TH:0105536012345';
const BANK = 'USCC:91500000202869004Q';
const toOrder: BillTerms = { kind: 'TO_ORDER', carrier: CARRIER, consignee: null };
const straight: BillTerms = { kind: 'STRAIGHT', carrier: CARRIER, consignee: CONSIGNEE };

function run(terms: BillTerms, commands: BillCommand[]): BillPosition {
  return commands.reduce((position, command) => decide(terms, position, command).next, issuedPosition(SHIPPER));
}

function refusal(terms: BillTerms, position: BillPosition, command: BillCommand): string {
  try {
    decide(terms, position, command);
  } catch (error) {
    return (error as DomainError).code;
  }
  throw new Error('expected a refusal');
}

describe('the bill as a document of title', () => {
  it('keeps one holder through endorsement: the offer changes nothing until accepted', () => {
    const offered = run(toOrder, [{ action: 'TRANSFER', actor: SHIPPER, to: BANK }]);
    expect(offered).toMatchObject({ state: 'TRANSFER_PENDING', holder: SHIPPER, pending: BANK });
    expect(decide(toOrder, offered, { action: 'ACCEPT_TRANSFER', actor: BANK }).next).toMatchObject({ state: 'HELD', holder: BANK, pending: null });
    expect(decide(toOrder, offered, { action: 'REJECT_TRANSFER', actor: BANK }).next).toMatchObject({ state: 'HELD', holder: SHIPPER, pending: null });
    expect(refusal(toOrder, offered, { action: 'ACCEPT_TRANSFER', actor: CONSIGNEE })).toBe('NOT_THE_ENDORSEE');
  });

  it('freezes a pledged bill until the bank releases or enforces it', () => {
    const pledged = run(toOrder, [{ action: 'PLEDGE', actor: SHIPPER, to: BANK }]);
    for (const action of ['TRANSFER', 'SURRENDER_FOR_DELIVERY', 'SURRENDER_FOR_AMENDMENT', 'PLEDGE'] as const) {
      expect(refusal(toOrder, pledged, { action, actor: SHIPPER, to: CONSIGNEE })).toBe('BILL_PLEDGED');
    }
    expect(refusal(toOrder, pledged, { action: 'RELEASE_PLEDGE', actor: SHIPPER })).toBe('NOT_THE_PLEDGEE');
    expect(decide(toOrder, pledged, { action: 'RELEASE_PLEDGE', actor: BANK }).next).toMatchObject({ state: 'HELD', holder: SHIPPER, pledgee: null });
    expect(decide(toOrder, pledged, { action: 'ENFORCE_PLEDGE', actor: BANK }).next).toMatchObject({ state: 'HELD', holder: BANK, pledgee: null });
  });

  it('lets a straight bill go to its consignee only, who alone takes delivery', () => {
    const start = issuedPosition(SHIPPER);
    expect(refusal(straight, start, { action: 'TRANSFER', actor: SHIPPER, to: BANK })).toBe('STRAIGHT_BILL_NOT_NEGOTIABLE');
    expect(refusal(straight, start, { action: 'SURRENDER_FOR_DELIVERY', actor: SHIPPER })).toBe('NOT_THE_CONSIGNEE');
    expect(decide(straight, start, { action: 'SURRENDER_FOR_AMENDMENT', actor: SHIPPER }).next.state).toBe('SURRENDER_PENDING');
    const withConsignee = run(straight, [
      { action: 'TRANSFER', actor: SHIPPER, to: CONSIGNEE },
      { action: 'ACCEPT_TRANSFER', actor: CONSIGNEE },
      { action: 'SURRENDER_FOR_DELIVERY', actor: CONSIGNEE },
    ]);
    expect(decide(straight, withConsignee, { action: 'ACCEPT_SURRENDER', actor: CARRIER }).next).toMatchObject({ state: 'ACCOMPLISHED', holder: CARRIER });
  });

  it('ends a surrender for amendment void, and a rejected surrender back with its holder', () => {
    const surrendered = run(toOrder, [{ action: 'SURRENDER_FOR_AMENDMENT', actor: SHIPPER }]);
    expect(refusal(toOrder, surrendered, { action: 'ACCEPT_SURRENDER', actor: SHIPPER })).toBe('NOT_THE_CARRIER');
    expect(decide(toOrder, surrendered, { action: 'ACCEPT_SURRENDER', actor: CARRIER }).next.state).toBe('VOID');
    expect(decide(toOrder, surrendered, { action: 'REJECT_SURRENDER', actor: CARRIER }).next).toMatchObject({ state: 'HELD', holder: SHIPPER, surrenderPurpose: null });
  });

  it('answers any step out of order with the state the bill is in', () => {
    const accomplished: BillPosition = { state: 'ACCOMPLISHED', holder: CARRIER, pending: null, pledgee: null, surrenderPurpose: 'DELIVERY' };
    for (const action of ['TRANSFER', 'ACCEPT_TRANSFER', 'RELEASE_PLEDGE', 'ACCEPT_SURRENDER'] as const) {
      expect(refusal(toOrder, accomplished, { action, actor: CARRIER, to: SHIPPER })).toBe('BILL_STATE_CONFLICT');
    }
  });
  it('lets only the holder send the bill to another platform, a straight bill to its consignee only, and then nothing more moves it', () => {
    const held = issuedPosition(SHIPPER);
    expect(refusal(toOrder, held, { action: 'EXPORT', actor: BANK, to: CONSIGNEE })).toBe('NOT_THE_HOLDER');
    expect(refusal(straight, held, { action: 'EXPORT', actor: SHIPPER, to: BANK })).toBe('STRAIGHT_BILL_NOT_NEGOTIABLE');
    const pledged = run(toOrder, [{ action: 'PLEDGE', actor: SHIPPER, to: BANK }]);
    expect(refusal(toOrder, pledged, { action: 'EXPORT', actor: SHIPPER, to: CONSIGNEE })).toBe('BILL_PLEDGED');
    const step = decide(straight, held, { action: 'EXPORT', actor: SHIPPER, to: CONSIGNEE });
    expect(step).toMatchObject({ next: { state: 'TRANSFERRED_OUT', holder: SHIPPER }, from: SHIPPER, to: CONSIGNEE });
    expect(refusal(straight, step.next, { action: 'SURRENDER_FOR_DELIVERY', actor: SHIPPER })).toBe('BILL_STATE_CONFLICT');
  });
});
