import { CreateContextSchemas1763856000000 } from './1763856000000-create-context-schemas.js';
import { CreateOutboxAndDeadLetters1763856000001 } from './1763856000001-create-outbox-and-dead-letters.js';
import { CreateIdentityDirectory1763856000002 } from './1763856000002-create-identity-directory.js';
import { CreateIdentityAccountsAndTokens1763856000003 } from './1763856000003-create-identity-accounts-and-tokens.js';
import { CreateDossiers1763856000004 } from './1763856000004-create-dossiers.js';
import { CreateFilings1763856000005 } from './1763856000005-create-filings.js';
import { AddCustomsOffice1763856000006 } from './1763856000006-add-customs-office.js';
import { AddFilingLifecycle1763856000007 } from './1763856000007-add-filing-lifecycle.js';
import { CreateBills1763856000008 } from './1763856000008-create-bills.js';
import { CreateExchange1763856000009 } from './1763856000009-create-exchange.js';
import { AddDossierOrigin1763856000010 } from './1763856000010-add-dossier-origin.js';
import { CreateDossierLinks1763856000011 } from './1763856000011-create-dossier-links.js';
import { AddTwoStepDeclaration1763856000020 } from './1763856000020-add-two-step-declaration.js';
import { CreatePintEnvelopes1763856000030 } from './1763856000030-create-pint-envelopes.js';
import { AddPintPendingTransfers1763856000040 } from './1763856000040-add-pint-pending-transfers.js';
import { CreateExchangeRecovery1763856000050 } from './1763856000050-create-exchange-recovery.js';
import { AddOrganisationSuspension1763856000060 } from './1763856000060-add-organisation-suspension.js';
import { IndexSharedBillNumbers1763856000080 } from './1763856000080-index-shared-bill-numbers.js';
import { LogReplayedEnvelopes1763856000090 } from './1763856000090-log-replayed-envelopes.js';
import { AddBillSignedHead1763856000091 } from './1763856000091-add-bill-signed-head.js';
import { MoveAuditToPlatform1763856000092 } from './1763856000092-move-audit-to-platform.js';
import { CreateDirectoryConflicts1763856000097 } from './1763856000097-create-directory-conflicts.js';

/** Every migration, oldest first. Listed explicitly so ESM builds, Jest and the CLI agree. */
export const ALL_MIGRATIONS = [
  CreateContextSchemas1763856000000,
  CreateOutboxAndDeadLetters1763856000001,
  CreateIdentityDirectory1763856000002,
  CreateIdentityAccountsAndTokens1763856000003,
  CreateDossiers1763856000004,
  CreateFilings1763856000005,
  AddCustomsOffice1763856000006,
  AddFilingLifecycle1763856000007,
  CreateBills1763856000008,
  CreateExchange1763856000009,
  AddDossierOrigin1763856000010,
  CreateDossierLinks1763856000011,
  AddTwoStepDeclaration1763856000020,
  CreatePintEnvelopes1763856000030,
  AddPintPendingTransfers1763856000040,
  CreateExchangeRecovery1763856000050,
  AddOrganisationSuspension1763856000060,
  IndexSharedBillNumbers1763856000080,
  LogReplayedEnvelopes1763856000090,
  AddBillSignedHead1763856000091,
  MoveAuditToPlatform1763856000092,
  CreateDirectoryConflicts1763856000097,
];
