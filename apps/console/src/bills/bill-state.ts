/**
 * The colour of a bill's state tag: held blue, waiting on someone amber, accomplished green, the
 * other ends grey. Amber and green are solid (white text), since their light forms fail WCAG AA.
 */
export const STATE_COLOUR: Record<string, string> = {
  HELD: 'processing',
  TRANSFER_PENDING: '#8a5a00',
  PLEDGED: '#8a5a00',
  SURRENDER_PENDING: '#8a5a00',
  ACCOMPLISHED: '#2e7d32',
  VOID: 'default',
  TRANSFERRED_OUT: 'default',
};
