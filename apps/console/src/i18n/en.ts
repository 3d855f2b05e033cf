import type { Messages } from './zh-CN';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The console's English texts: every key the Chinese has (the type checker insists). */
export const en: Texts<Messages> = {
  app: { title: 'Land-Sea Corridor Single Window', node: '{{province}} node', skip: 'Skip to content' },
  language: { label: 'Language', zh: 'Chinese', en: 'English' },
  menu: { review: 'Registrations', dossiers: 'My dossiers', verify: 'Verify a bill', signOut: 'Sign out' },
  role: {
    ORG_ADMIN: 'Administrator', DECLARANT: 'Declarant', VIEWER: 'Viewer', CARRIER_AGENT: 'Carrier agent',
    BANK_OFFICER: 'Bank officer', CUSTOMS_OFFICER: 'Customs officer', NODE_OPERATOR: 'Node operator',
  },
  signIn: {
    title: 'Sign in', email: 'E-mail address', password: 'Password', submit: 'Sign in', register: 'Register an organisation',
    verify: 'Verify a bill', required: 'Please enter the {{field}}',
    ended: { expired: 'Your sign-in has expired. Please sign in again.', revoked: 'This sign-in was revoked. Please sign in again.', signedOut: 'You have signed out.' },
  },
  register: {
    title: 'Register an organisation', intro: 'The node operator reviews each registration; once approved, the administrator can sign in.',
    nameZh: 'Name in Chinese', nameEn: 'Name in English', country: 'Country or region', uscc: 'Unified social credit code', nationalId: 'National registration number',
    kinds: 'Kind of organisation', provinceCode: 'Province', admin: 'First administrator', email: 'E-mail address', displayName: 'Name',
    password: 'Password', passwordHint: 'At least 12 characters', submit: 'Register',
    done: 'Registered. The node operator will review it.', backToSignIn: 'Back to sign-in',
    usccFormat: 'A unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z, with digits in positions 3 to 8',
    usccCheck: 'The check character should be {{expected}}, not {{actual}}', usccOk: 'Check character verified',
  },
  kind: {
    TRADER: 'Trader', CUSTOMS_BROKER: 'Customs broker', CARRIER: 'Carrier', BANK: 'Bank', PORT_OPERATOR: 'Port operator',
    CUSTOMS: 'Customs', NODE_OPERATOR: 'Node operator',
  },
  review: {
    title: 'Registrations', pending: 'Pending', all: 'All', name: 'Organisation', id: 'Registration number', kinds: 'Kinds', submitted: 'Submitted',
    status: 'Status', actions: 'Actions', approve: 'Approve', reject: 'Reject', reason: 'Reason for rejection', reasonHint: 'A reason the applicant can act on',
    approved: 'Approved {{name}}', rejected: 'Rejected {{name}}', empty: 'No registrations waiting for review',
  },
  orgStatus: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected' },
  dossiers: {
    title: 'My dossiers', reference: 'Reference', version: 'Version', updated: 'Updated', empty: 'No dossiers yet', open: 'Open',
  },
  dossier: {
    title: 'Dossier {{reference}}', status: 'Status', READY: 'Ready to file', NEEDS_ATTENTION: 'Needs attention', version: 'Version {{version}}',
    findings: 'Findings', noFindings: 'Nothing to fix', field: 'Field', rule: 'Rule', severity: 'Severity', ERROR: 'Error', WARNING: 'Warning',
    document: 'Dossier', filings: 'Derived filings', provenance: 'Where each value came from', keyed: 'Keyed by hand', value: 'Value', source: 'Source',
    reuse: 'Entered once: {{filled}} filing fields filled for you', stale: 'Superseded', back: 'Back to the list', filingStatus: 'Filing status',
  },
  filingStatus: {
    DRAFT: 'Draft', SUMMARY_SUBMITTED: 'Summary submitted', SUMMARY_ACCEPTED: 'Summary accepted', SUMMARY_REJECTED: 'Summary rejected',
    SUBMITTED: 'Submitted', ACCEPTED: 'Accepted', REJECTED: 'Rejected', RELEASED: 'Released',
  },
  verify: {
    title: 'Verify a bill of lading', number: 'Bill number', carrier: 'Carrier', lookup: 'Verify', valid: 'Verified: every signature and link is correct',
    invalid: 'Does not verify', state: 'State', holder: 'Holder', node: 'Recorded by node', steps: 'Every step',
    raw: 'Raw signed history (JSON)', keys: "Node's public keys", notFound: 'No such bill', action: 'Step', actor: 'By',
    from: 'From', to: 'To', time: 'Time', problems: 'Problems',
  },
  billState: {
    HELD: 'Held', TRANSFER_PENDING: 'Transfer pending', PLEDGED: 'Pledged', SURRENDER_PENDING: 'Surrender pending',
    ACCOMPLISHED: 'Accomplished', VOID: 'Void', TRANSFERRED_OUT: 'Transferred to another platform',
  },
  billAction: {
    ISSUE: 'Issued', TRANSFER: 'Endorsed', ACCEPT_TRANSFER: 'Transfer accepted', REJECT_TRANSFER: 'Transfer rejected', PLEDGE: 'Pledged',
    RELEASE_PLEDGE: 'Pledge released', ENFORCE_PLEDGE: 'Pledge enforced', SURRENDER_FOR_DELIVERY: 'Surrendered for delivery', SURRENDER_FOR_AMENDMENT: 'Surrendered for amendment',
    ACCEPT_SURRENDER: 'Surrender accepted', REJECT_SURRENDER: 'Surrender rejected', IMPORT: 'Received from another platform', EXPORT: 'Sent to another platform',
  },
  notFound: { title: 'No such page', home: 'Home' },
  error: { generic: 'Something went wrong: {{message}}', retry: 'Try again', network: 'The node cannot be reached; check the network and try again' },
  home: { welcome: 'Welcome, {{name}}', pendingOrg: 'Your organisation is not approved yet; everything opens once it is.' },
};
