import type { PartyId } from '@landsea/auth';

/** A DCSA IdentifyingCode: which list the code comes from, and the code. */
export interface IdentifyingCode {
  readonly codeListProvider: string;
  readonly partyCode: string;
  readonly codeListName?: string;
}

// DCSA lists no registry for China's USCC or other countries' company numbers, so the codes are
// given as "ZZZ" (mutually defined), with the list named so any platform can read them back.
const MUTUALLY_DEFINED = 'ZZZ';
const USCC_LIST = 'USCC';
const NATIONAL_ID_LIST = 'NATIONAL_ID:';

/** The DCSA identifying code of a corridor party id (`USCC:…` or `<country>:<national id>`). */
export function identifyingCode(partyId: string): IdentifyingCode {
  const [scheme, code] = splitPartyId(partyId);
  return scheme === 'USCC'
    ? { codeListProvider: MUTUALLY_DEFINED, codeListName: USCC_LIST, partyCode: code }
    : { codeListProvider: MUTUALLY_DEFINED, codeListName: `${NATIONAL_ID_LIST}${scheme}`, partyCode: code };
}

/** The same registration as a DCSA tax and legal reference, which is what a USCC is. */
export function taxLegalReference(partyId: string): { type: string; countryCode: string; value: string } {
  const [scheme, code] = splitPartyId(partyId);
  return scheme === 'USCC' ? { type: 'USCC', countryCode: 'CN', value: code } : { type: 'NATIONAL_ID', countryCode: scheme, value: code };
}

/** The corridor party an identifying code names, when it is one of ours. */
export function partyIdFromCodes(codes: readonly IdentifyingCode[] | undefined): PartyId | undefined {
  for (const code of codes ?? []) {
    if (code.codeListProvider !== MUTUALLY_DEFINED || !code.partyCode) continue;
    if (code.codeListName === USCC_LIST) return { uscc: code.partyCode };
    if (code.codeListName?.startsWith(NATIONAL_ID_LIST)) return { country: code.codeListName.slice(NATIONAL_ID_LIST.length), nationalId: code.partyCode };
  }
  return undefined;
}

function splitPartyId(partyId: string): [string, string] {
  const at = partyId.indexOf(':');
  return [partyId.slice(0, at), partyId.slice(at + 1)];
}

/** A corridor party id from its text form: `USCC:…` or `<country>:<national id>`. */
export function partyIdFromText(text: string): PartyId {
  const [scheme, code] = splitPartyId(text);
  return scheme === 'USCC' ? { uscc: code } : { country: scheme, nationalId: code };
}
