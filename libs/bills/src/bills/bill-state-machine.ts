import { BillsErrors } from '../bills.errors.js';

export type BillKind = 'STRAIGHT' | 'TO_ORDER';
export type BillState = 'HELD' | 'TRANSFER_PENDING' | 'PLEDGED' | 'SURRENDER_PENDING' | 'ACCOMPLISHED' | 'VOID' | 'TRANSFERRED_OUT';
export type SurrenderPurpose = 'DELIVERY' | 'AMENDMENT';

export const BILL_ACTIONS = [
  'ISSUE',
  'TRANSFER',
  'ACCEPT_TRANSFER',
  'REJECT_TRANSFER',
  'PLEDGE',
  'RELEASE_PLEDGE',
  'ENFORCE_PLEDGE',
  'SURRENDER_FOR_DELIVERY',
  'SURRENDER_FOR_AMENDMENT',
  'ACCEPT_SURRENDER',
  'REJECT_SURRENDER',
  // Across eBL platforms (DCSA PINT): the bill arrives here, or leaves for another platform.
  'IMPORT',
  'EXPORT',
] as const;
export type BillAction = (typeof BILL_ACTIONS)[number];

/** What never changes after issue: who carries, and to whom a straight bill is consigned. */
export interface BillTerms {
  readonly kind: BillKind;
  readonly carrier: string;
  /** The named consignee of a straight bill; null for a bill to order. */
  readonly consignee: string | null;
}

/** Where the bill stands. Parties are the text ids the signed history names. */
export interface BillPosition {
  readonly state: BillState;
  readonly holder: string;
  /** The organisation a transfer is offered to, while it decides. */
  readonly pending: string | null;
  readonly pledgee: string | null;
  readonly surrenderPurpose: SurrenderPurpose | null;
}

/** One step asked of a bill in circulation: who asks, and the counterparty where there is one. */
export interface BillCommand {
  readonly action: Exclude<BillAction, 'ISSUE' | 'IMPORT'>;
  readonly actor: string;
  readonly to?: string;
}

export interface BillStep {
  readonly next: BillPosition;
  /** Who gives up or offers the bill, and who receives it, as the history records them. */
  readonly from: string | null;
  readonly to: string | null;
}

/** The position a bill starts in: the shipper holds it, or whoever it arrived to from another platform. */
export function issuedPosition(shipper: string): BillPosition {
  return { state: 'HELD', holder: shipper, pending: null, pledgee: null, surrenderPurpose: null };
}

const VALID_IN: Record<BillCommand['action'], BillState> = {
  TRANSFER: 'HELD',
  ACCEPT_TRANSFER: 'TRANSFER_PENDING',
  REJECT_TRANSFER: 'TRANSFER_PENDING',
  PLEDGE: 'HELD',
  RELEASE_PLEDGE: 'PLEDGED',
  ENFORCE_PLEDGE: 'PLEDGED',
  SURRENDER_FOR_DELIVERY: 'HELD',
  SURRENDER_FOR_AMENDMENT: 'HELD',
  ACCEPT_SURRENDER: 'SURRENDER_PENDING',
  REJECT_SURRENDER: 'SURRENDER_PENDING',
  EXPORT: 'HELD',
};

/**
 * The rules of the bill as a document of title: exactly one holder, exclusive control, nothing
 * moves while pledged. Decides the next position or throws the error the caller gets; the same
 * function replays a signed history to check it, so what is enforced is what is verified.
 */
export function decide(terms: BillTerms, position: BillPosition, command: BillCommand): BillStep {
  const { action, actor } = command;
  if (position.state !== VALID_IN[action]) {
    if (position.state === 'PLEDGED') throw BillsErrors.pledged(action);
    throw BillsErrors.stateConflict(position.state, action);
  }
  const held = (patch: Partial<BillPosition>): BillPosition => ({ ...position, state: 'HELD', pending: null, pledgee: null, surrenderPurpose: null, ...patch });
  switch (action) {
    case 'TRANSFER':
    case 'EXPORT': {
      if (actor !== position.holder) throw BillsErrors.notHolder();
      const to = required(command.to);
      if (to === position.holder) throw BillsErrors.transferToSelf();
      if (terms.kind === 'STRAIGHT' && to !== terms.consignee) throw BillsErrors.straightNotNegotiable();
      // A bill sent to another platform leaves this node's control for good; its last holder here stays on record.
      if (action === 'EXPORT') return { next: { ...position, state: 'TRANSFERRED_OUT' }, from: position.holder, to };
      return { next: { ...position, state: 'TRANSFER_PENDING', pending: to }, from: position.holder, to };
    }
    case 'ACCEPT_TRANSFER':
    case 'REJECT_TRANSFER': {
      if (actor !== position.pending) throw BillsErrors.notEndorsee();
      const accepted = action === 'ACCEPT_TRANSFER';
      return { next: held({ holder: accepted ? actor : position.holder }), from: position.holder, to: actor };
    }
    case 'PLEDGE': {
      if (actor !== position.holder) throw BillsErrors.notHolder();
      const bank = required(command.to);
      if (bank === position.holder) throw BillsErrors.transferToSelf();
      return { next: { ...position, state: 'PLEDGED', pledgee: bank }, from: position.holder, to: bank };
    }
    case 'RELEASE_PLEDGE':
    case 'ENFORCE_PLEDGE': {
      if (actor !== position.pledgee) throw BillsErrors.notPledgee();
      const enforced = action === 'ENFORCE_PLEDGE';
      return { next: held({ holder: enforced ? actor : position.holder }), from: actor, to: enforced ? actor : position.holder };
    }
    case 'SURRENDER_FOR_DELIVERY':
    case 'SURRENDER_FOR_AMENDMENT': {
      if (actor !== position.holder) throw BillsErrors.notHolder();
      const purpose: SurrenderPurpose = action === 'SURRENDER_FOR_DELIVERY' ? 'DELIVERY' : 'AMENDMENT';
      if (purpose === 'DELIVERY' && terms.kind === 'STRAIGHT' && actor !== terms.consignee) throw BillsErrors.notConsignee();
      return { next: { ...position, state: 'SURRENDER_PENDING', surrenderPurpose: purpose }, from: actor, to: terms.carrier };
    }
    case 'ACCEPT_SURRENDER':
    case 'REJECT_SURRENDER': {
      if (actor !== terms.carrier) throw BillsErrors.notCarrier();
      if (action === 'REJECT_SURRENDER') return { next: held({}), from: actor, to: position.holder };
      const final: BillState = position.surrenderPurpose === 'DELIVERY' ? 'ACCOMPLISHED' : 'VOID';
      return { next: { ...position, state: final, holder: terms.carrier, pending: null }, from: position.holder, to: actor };
    }
  }
}

function required(party: string | undefined): string {
  if (!party) throw new Error('This action names a counterparty');
  return party;
}
