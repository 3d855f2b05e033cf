// Generated from apps/console/src/api/openapi.json by `npm run console:api`; do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up and serving HTTP */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL and Redis both answer; 503 names the one that does not */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: HTTP latency by route and status, queue depths, outbox lag */
        get: operations["HealthController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs that failed their last attempt, newest first */
        get: operations["DeadLetterController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a dead-lettered job back on its queue */
        post: operations["DeadLetterController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations on this node, e.g. those waiting for review (node operators) */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Register an organisation and its first administrator; a node operator reviews it */
        post: operations["OrganisationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation: one's own, or any for a node operator */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/organisations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a registration, with a reason when rejecting (node operators) */
        post: operations["OrganisationsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/organisations/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an approved organisation, with a reason; partners holding its directory entry are told (node operators) */
        post: operations["OrganisationsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person */
        get: operations["PeopleController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who this node takes the caller to be: its own or a partner node's token, and what it may do here */
        get: operations["PeopleController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of the caller's organisation (org admins) */
        get: operations["PeopleController_list"];
        put?: never;
        /** Invite a person with roles; they set their password with the invitation token */
        post: operations["PeopleController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password with an invitation token; the account becomes active */
        post: operations["PeopleController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/people/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person's roles (org admins) */
        patch: operations["PeopleController_changeRoles"];
        trace?: never;
    };
    "/identity/people/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a person: they can no longer sign in or refresh (org admins) */
        post: operations["PeopleController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get tokens: password for people, refresh_token to rotate, client_credentials with private_key_jwt for systems */
        post: operations["OAuthController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke the sign-in a refresh token belongs to (RFC 7009) */
        post: operations["OAuthController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The node's public signing keys: the active one and retired ones still valid */
        get: operations["WellKnownController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/record-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every key this node has signed records with (bill histories, exchange envelopes), retired ones included, so old records stay verifiable */
        get: operations["WellKnownController_recordKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where and how this node issues tokens */
        get: operations["WellKnownController_openidConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start signing with a new key; the old one stays published until its tokens expire (node operators) */
        post: operations["KeysController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity audit trail, newest first (node operators) */
        get: operations["IdentityAuditController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner nodes whose tokens this node accepts (node operators) */
        get: operations["PartnersController_list"];
        put?: never;
        /** Trust a partner node's tokens, by JWKS URL or pinned keys (node operators) */
        post: operations["PartnersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's systems (org admins) */
        get: operations["ClientsController_list"];
        put?: never;
        /** Register a system of your organisation by its public key (org admins) */
        post: operations["ClientsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/browser/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Browser sign-in: the access token in the answer, the refresh token in an httpOnly cookie */
        post: operations["BrowserSessionController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/browser/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Browser refresh: rotates the cookie's refresh token and answers a new access token */
        post: operations["BrowserSessionController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/browser/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Browser sign-out: revokes the cookie's sign-in and removes the cookie */
        post: operations["BrowserSessionController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's dossiers, most recently changed first */
        get: operations["DossiersController_list"];
        put?: never;
        /** Enter a shipment's data once; it is checked as a customs broker would and kept as version 1 */
        post: operations["DossiersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take over a dossier another province's node shared with this one: your own copy, every filing derived, nothing re-keyed */
        post: operations["DossiersController_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dossier as of its latest version, with its findings */
        get: operations["DossiersController_get"];
        /** Amend a dossier: the new data becomes the next version, checked again */
        put: operations["DossiersController_amend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a dossier, oldest first */
        get: operations["DossiersController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dossier as it was at one version */
        get: operations["DossiersController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filings derived from a dossier's latest version, each field traced to its source */
        get: operations["FilingsController_forDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/filings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A filing, with what changed since the dossier's previous version */
        get: operations["FilingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/filings/{id}/keyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Key the fields the dossier could not fill (origin criterion, a foreign tariff line) */
        post: operations["FilingsController_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/filings/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a current, error-free filing to its authority, in one step */
        post: operations["FilingsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/filings/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 两步申报, step 1: submit the summary declaration (概要申报) of a China import declaration; once accepted the goods may be picked up */
        post: operations["FilingsController_submitSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/filings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 两步申报, step 2: submit the complete declaration (完整申报) after customs accepted the summary, by completeDueBy */
        post: operations["FilingsController_submitComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/authority/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Filings addressed to the officer's customs office, newest first (customs officers) */
        get: operations["FilingsController_addressed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/authority/filings/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a filing or its summary: accept or reject it (with reasons), or release accepted goods (customs officers) */
        post: operations["FilingsController_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/dossiers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一键跟踪: versions, filings, summary and full submissions and receipts of a dossier, in order */
        get: operations["TimelineController_forDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read an invoice or packing list from XLSX or CSV (UTF-8 or GB18030), with columns recognised from Chinese or English headers */
        post: operations["ImportsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anyone (a bank, a consignee, customs, the QR code on a printed bill): a bill's signed history by number, verified with the keys of the node that recorded it: this one, or a partner node that shared it */
        get: operations["BillVerificationController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bill's signed history, verified, for the parties to it */
        get: operations["BillVerificationController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bills your organisation is or has been party to, latest change first */
        get: operations["BillsController_list"];
        put?: never;
        /** Issue the 一单制 bill from a dossier that names your organisation as carrier; the shipper becomes its first holder */
        post: operations["BillsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bill, its position and its document */
        get: operations["BillsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer the bill to another organisation (endorse it); it stays yours until they accept */
        post: operations["BillsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/transfer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a bill offered to your organisation: you become its holder */
        post: operations["BillsController_acceptTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/transfer/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a bill offered to your organisation: it returns to its holder */
        post: operations["BillsController_rejectTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/pledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pledge the bill to a bank (数字提单质押): nobody can transfer or surrender it until the bank releases it */
        post: operations["BillsController_pledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/pledge/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a pledge (the loan is repaid): the holder may deal with the bill again (the pledgee bank) */
        post: operations["BillsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/pledge/enforce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enforce a pledge on default: the bank becomes the holder (the pledgee bank) */
        post: operations["BillsController_enforce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/surrender": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Surrender the bill to the carrier, for delivery of the goods or for amendment */
        post: operations["BillsController_surrender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/surrender/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a surrender (the carrier): for delivery the bill is accomplished; for amendment it is void and a replacement issued */
        post: operations["BillsController_acceptSurrender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/surrender/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a surrender (the carrier): the bill returns to its holder */
        post: operations["BillsController_rejectSurrender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bill printed as PDF, for the parties to it: its layout, its state now, and a QR code to its public verification page */
        get: operations["BillPdfController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bill's attachments and their checksums */
        get: operations["AttachmentsController_list"];
        put?: never;
        /** Attach a supporting document (PDF, PNG or JPEG, up to ATTACHMENT_MAX_BYTES) to a bill, kept with its SHA-256 (the carrier or the holder) */
        post: operations["AttachmentsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment's content, with its checksum in the Digest header */
        get: operations["AttachmentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/dcsa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bill as a DCSA eBL 3.0.4 Transport Document, validated against DCSA’s schema: rail legs as pre-carriage, the sea leg’s vessel and voyage, places as UN/LOCODE (parties to the bill) */
        get: operations["DcsaController_transportDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bills/{id}/pint-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the bill you hold to a party on another eBL platform as a DCSA PINT 3.0.0 envelope; once it answers RECE the bill is TRANSFERRED_OUT here (the holder) */
        post: operations["PintTransferController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/envelopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DCSA PINT 3.0.0 start envelope transfer: a partner platform sends a bill; answered with a signed RECE, DUPE, BSIG, BENV or DISE, or, when the manifest lists supporting documents not yet here, 201 with the envelope reference and the missing checksums */
        post: operations["PintController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/envelopes/{envelopeReference}/additional-documents/{documentChecksum}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** DCSA PINT 3.0.0 transfer additional document: one supporting document the manifest declares, as a Base64 JSON string of up to ATTACHMENT_MAX_BYTES (larger: 413); refused with a signed INCD if its SHA-256 or size is not the declared one */
        put: operations["PintController_document"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/envelopes/{envelopeReference}/finish-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** DCSA PINT 3.0.0 finish envelope transfer: a signed RECE once every declared document is here (the bill is created), MDOC listing those still missing */
        put: operations["PintController_finish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/agreements/{partner}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set which kinds of data may flow to a registered partner node, and be taken from it (node operators) */
        put: operations["SharingController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's data-sharing agreements (node operators) */
        get: operations["SharingController_agreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's consents in force */
        get: operations["SharingController_consents"];
        put?: never;
        /** Consent to share one of your organisation's dossiers (or all of them) with a partner node */
        post: operations["SharingController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a consent: nothing more is sent under it */
        delete: operations["SharingController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/envelopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Partner nodes deliver signed envelopes here; the signature, not a token, proves the sender */
        post: operations["InboundController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evidence log of every envelope sent and received, with signatures, hashes and outcomes (node operators) */
        get: operations["MessagesController_messages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/messages/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute a partner's log hash chain: any deleted or altered entry is named (node operators) */
        get: operations["MessagesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records partner nodes shared that name your organisation (all of them for node operators) */
        get: operations["MessagesController_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/directory/{partyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation approved at a partner node, as that node's directory lists it: names, id, country, roles and standing */
        get: operations["MessagesController_directoryEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Partner nodes pull what this node queued for them, page by page from a cursor; the signature, not a token, proves the asker */
        post: operations["FeedController_serve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/partners/{partner}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull back what a partner node queued for this one, from where the last recovery stopped, after an outage or a restore (node operators) */
        post: operations["RecoveryController_recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each partner node this node sends to: UP, DOWN or PROBING, since when, the last error, records owed and the next probe (node operators) */
        get: operations["PartnerStatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/directory/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations two nodes both claim as their own: entries partners sent that this node refused (received), and entries of this node partners refused (sent). Operators settle them; nothing is merged (node operators) */
        get: operations["DirectoryController_conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first: all of it for node operators, their own organisation's for its administrators */
        get: operations["AuditController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LiveResponse: {
            /** @example ok */
            status: string;
        };
        DependencyStatusDto: {
            /**
             * @example postgres
             * @enum {string}
             */
            dependency: "postgres" | "redis";
            /**
             * @example up
             * @enum {string}
             */
            status: "up" | "down";
            /** @example 2 */
            ms: number;
        };
        ReadyResponse: {
            /** @example ready */
            status: string;
            checks: components["schemas"]["DependencyStatusDto"][];
        };
        ErrorBody: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description Stable, UPPER_SNAKE error code
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description In Simplified Chinese when Accept-Language prefers zh, in English otherwise; Content-Language says which
             * @example The request body is invalid
             */
            message: string;
            /**
             * @example [
             *       {
             *         "field": "name",
             *         "message": "name must be a string",
             *         "constraint": "isString"
             *       }
             *     ]
             */
            details?: {
                [key: string]: unknown;
            }[];
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            correlationId: string;
        };
        DeadLetterDto: {
            /** @example 7d3e1f0a-2b4c-4d6e-8f9a-0b1c2d3e4f5a */
            id: string;
            /** @example exchange-outbound */
            queue: string;
            /** @example msg-CQ-20261001-000123 */
            jobId: string;
            /** @example exchange.deliver */
            jobName: string;
            /**
             * @example {
             *       "partner": "GX",
             *       "messageId": "msg-CQ-20261001-000123"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example Partner GX refused the envelope: ENVELOPE_SIGNATURE_INVALID */
            error: string;
            /** @example 1 */
            attempts: number;
            /** @example 2026-10-01T02:30:00.000Z */
            failedAt: string;
            /** @example 0 */
            replayCount: number;
            /** @example null */
            replayedAt: string | null;
        };
        ReplayResultDto: {
            deadLetter: components["schemas"]["DeadLetterDto"];
            /**
             * @description Id of the job put back on the queue
             * @example msg-CQ-20261001-000123
             */
            jobId: string;
        };
        FirstAdminDto: {
            /** @example li.wei@cq-electronics.example.cn */
            email: string;
            /** @example 李伟 */
            displayName: string;
            /**
             * @description At least 12 characters mixing three of: lower case, capitals, digits, symbols
             * @example Corridor-2026-Chongqing
             */
            password: string;
        };
        RegisterOrganisationDto: {
            /** @example 重庆渝新电子有限公司 */
            nameZh?: string;
            /** @example Chongqing Yuxin Electronics Co., Ltd. */
            nameEn: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example CN
             */
            country: string;
            /**
             * @description Unified social credit code (GB 32100-2015), required for CN
             * @example 91500000202815306C
             */
            uscc?: string;
            /**
             * @description National registration id, for organisations outside China
             * @example 0105536012345
             */
            nationalId?: string;
            /**
             * @description 10-digit customs registration code (海关编码)
             * @example 5001960123
             */
            customsCode?: string;
            /**
             * @description For a customs authority: its 4-digit office code (关区代码)
             * @example 8001
             */
            customsOffice?: string;
            /**
             * @example CQ
             * @enum {string}
             */
            provinceCode?: "CQ" | "GX" | "GZ" | "GS" | "QH" | "XJ" | "YN" | "NX" | "SN" | "SC" | "NM" | "XZ" | "HI" | "GD";
            /** @example 重庆市沙坪坝区西永大道 1 号 */
            address?: string;
            /** @example 李伟 */
            contactName?: string;
            /** @example trade@cq-electronics.example.cn */
            contactEmail?: string;
            /** @example +86 23 6588 1234 */
            contactPhone?: string;
            /**
             * @example [
             *       "TRADER"
             *     ]
             */
            kinds: ("TRADER" | "CUSTOMS_BROKER" | "CARRIER" | "BANK" | "PORT_OPERATOR" | "CUSTOMS" | "NODE_OPERATOR")[];
            admin: components["schemas"]["FirstAdminDto"];
        };
        OrganisationDto: {
            /** @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10 */
            id: string;
            /** @example 91500000202815306C */
            uscc: string | null;
            /** @example CN */
            country: string;
            /** @example null */
            nationalId: string | null;
            /** @example 5001960123 */
            customsCode: string | null;
            /** @example null */
            customsOffice: string | null;
            /** @example 重庆渝新电子有限公司 */
            nameZh: string | null;
            /** @example Chongqing Yuxin Electronics Co., Ltd. */
            nameEn: string;
            /** @example CQ */
            provinceCode: string | null;
            /** @example 重庆市沙坪坝区西永大道 1 号 */
            address: string | null;
            /** @example 李伟 */
            contactName: string | null;
            /** @example trade@cq-electronics.example.cn */
            contactEmail: string | null;
            /** @example +86 23 6588 1234 */
            contactPhone: string | null;
            /**
             * @example [
             *       "TRADER"
             *     ]
             */
            kinds: ("TRADER" | "CUSTOMS_BROKER" | "CARRIER" | "BANK" | "PORT_OPERATOR" | "CUSTOMS" | "NODE_OPERATOR")[];
            /**
             * @example APPROVED
             * @enum {string}
             */
            status: "PENDING" | "APPROVED" | "REJECTED";
            /** @example null */
            reviewReason: string | null;
            /** @example 2026-10-03T09:12:00.000Z */
            reviewedAt: string | null;
            /** @example 2026-10-01T02:30:00.000Z */
            createdAt: string;
        };
        PersonDto: {
            /** @example 6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38 */
            id: string;
            /** @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10 */
            organisationId: string;
            /** @example li.wei@cq-electronics.example.cn */
            email: string;
            /** @example 李伟 */
            displayName: string;
            /**
             * @example [
             *       "ORG_ADMIN",
             *       "DECLARANT"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status: "INVITED" | "ACTIVE" | "DISABLED";
            /** @example 2026-10-01T02:30:00.000Z */
            createdAt: string;
        };
        RegistrationDto: {
            organisation: components["schemas"]["OrganisationDto"];
            admin: components["schemas"]["PersonDto"];
        };
        ReviewOrganisationDto: {
            /**
             * @example APPROVE
             * @enum {string}
             */
            decision: "APPROVE" | "REJECT";
            /**
             * @description Required when rejecting
             * @example 营业执照与统一社会信用代码一致 / licence matches the USCC
             */
            reason?: string;
        };
        SuspendOrganisationDto: {
            /**
             * @description Why, for the organisation and the audit trail
             * @example Business licence revoked by the market regulator on 2026-11-02
             */
            reason: string;
        };
        SessionDto: {
            /** @example 6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38 */
            subject: string;
            /**
             * @example person
             * @enum {string}
             */
            subjectKind: "person" | "client";
            /**
             * @description The organisation's id on this node
             * @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10
             */
            organisationId: string | null;
            /** @example 91500000202815306C */
            uscc: string | null;
            /**
             * @example [
             *       "DECLARANT"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
            /**
             * @description Province code of the node that issued the token
             * @example CQ
             */
            issuingNode: string;
            /** @example true */
            local: boolean;
            /** @example true */
            organisationApproved: boolean;
            /** @example null */
            customsOffice: string | null;
            /** @example b7c2e9f4-5a1d-4c38-9e60-3d8f2a7b1c95 */
            tokenId: string;
        };
        InvitePersonDto: {
            /** @example zhang.min@cq-electronics.example.cn */
            email: string;
            /** @example 张敏 */
            displayName: string;
            /**
             * @example [
             *       "DECLARANT"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
        };
        InvitationDto: {
            person: components["schemas"]["PersonDto"];
            /**
             * @description One-time token the invitee uses to set a password; deliver it to them
             * @example inv_Zq8Lr2Xw5Tb9Nc4Vm7Kp1Hs6Jd3Fg0Ya
             */
            invitationToken: string;
            /** @example 2026-10-03T09:12:00.000Z */
            expiresAt: string;
        };
        AcceptInvitationDto: {
            /** @example inv_Zq8Lr2Xw5Tb9Nc4Vm7Kp1Hs6Jd3Fg0Ya */
            invitationToken: string;
            /** @example Corridor-2026-Qinzhou */
            password: string;
        };
        ChangeRolesDto: {
            /**
             * @example [
             *       "DECLARANT",
             *       "ORG_ADMIN"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
        };
        TokenRequestDto: {
            /**
             * @example password
             * @enum {string}
             */
            grant_type: "password" | "refresh_token" | "client_credentials";
            /**
             * @description password grant: the e-mail address
             * @example li.wei@cq-electronics.example.cn
             */
            username?: string;
            /**
             * @description password grant
             * @example Corridor-2026-Chongqing
             */
            password?: string;
            /**
             * @description refresh_token grant
             * @example rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE
             */
            refresh_token?: string;
            /** @example landsea */
            scope?: string;
            /**
             * @description client_credentials: optional, must match the assertion
             * @example erp-cq-electronics
             */
            client_id?: string;
            /**
             * @description client_credentials: urn:ietf:params:oauth:client-assertion-type:jwt-bearer
             * @example urn:ietf:params:oauth:client-assertion-type:jwt-bearer
             */
            client_assertion_type?: string;
            /**
             * @description client_credentials: a JWT signed with the client key (RFC 7523)
             * @example eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v…
             */
            client_assertion?: string;
        };
        TokenResponseDto: {
            /** @example eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v… */
            access_token: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            token_type: "Bearer";
            /** @example 600 */
            expires_in: number;
            /** @example rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE */
            refresh_token?: string;
        };
        RevokeRequestDto: {
            /**
             * @description The refresh token of the sign-in to end
             * @example rt_4Jx9mK2pQ7vL8nR3sT6wY1zA5bC0dE
             */
            token: string;
            /**
             * @example refresh_token
             * @enum {string}
             */
            token_type_hint?: "refresh_token";
        };
        RotationDto: {
            /** @example cq-2026-12 */
            kid: string;
            /** @example cq-2026-10 */
            retiredKid: string | null;
        };
        AuditEventDto: {
            /** @example 18343 */
            id: string;
            /** @example 2026-10-03T09:12:00.000Z */
            at: string;
            /** @example bills.transferred */
            action: string;
            /**
             * @example SUCCESS
             * @enum {string}
             */
            outcome: "SUCCESS" | "FAILURE";
            /** @example 6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38 */
            actorSubject: string | null;
            /** @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10 */
            actorOrganisationId: string | null;
            /** @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10 */
            organisationId: string | null;
            /** @example bill */
            targetType: string | null;
            /** @example CQLS2026000142 */
            targetId: string | null;
            /** @example 10.20.0.15 */
            address: string | null;
            /** @example c0ffee00-1234-4abc-9def-00112233aabb */
            correlationId: string | null;
            /**
             * @example {
             *       "to": "91450700MA5KX1234P"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
        };
        PartnerDto: {
            /** @example GX */
            provinceCode: string;
            /** @example https://landsea.gx.example.cn */
            baseUrl: string;
            /** @example https://landsea.gx.example.cn/.well-known/jwks.json */
            jwksUrl: string | null;
            /** @example 0 */
            pinnedKeys: number;
        };
        RegisterPartnerDto: {
            /**
             * @example GX
             * @enum {string}
             */
            provinceCode: "CQ" | "GX" | "GZ" | "GS" | "QH" | "XJ" | "YN" | "NX" | "SN" | "SC" | "NM" | "XZ" | "HI" | "GD";
            /**
             * @description The partner's issuer: its PUBLIC_BASE_URL
             * @example https://gx.landsea.example
             */
            baseUrl: string;
            /**
             * @description Where to fetch the partner's signing keys
             * @example https://landsea.gx.example.cn/.well-known/jwks.json
             */
            jwksUrl?: string;
            /**
             * @description Keys pinned here instead of fetched: a JWKS object
             * @example {
             *       "keys": [
             *         {
             *           "kty": "EC",
             *           "crv": "P-256",
             *           "kid": "gx-2026-10",
             *           "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
             *           "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
             *         }
             *       ]
             *     }
             */
            jwks?: Record<string, never>;
        };
        RegisterClientDto: {
            /** @example Carrier TMS */
            name: string;
            /**
             * @description The system's public EC P-256 key as a JWK; it signs its client assertions with the private half
             * @example {
             *       "kty": "EC",
             *       "crv": "P-256",
             *       "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
             *       "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
             *     }
             */
            publicJwk: Record<string, never>;
            /**
             * @example [
             *       "CARRIER_AGENT"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
        };
        ClientDto: {
            /**
             * @description The client_id: iss and sub of its assertions
             * @example erp-cq-electronics
             */
            clientId: string;
            /** @example 0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10 */
            organisationId: string;
            /** @example SAP ERP (customs interface) */
            name: string;
            /**
             * @example [
             *       "DECLARANT"
             *     ]
             */
            roles: ("ORG_ADMIN" | "DECLARANT" | "VIEWER" | "CARRIER_AGENT" | "BANK_OFFICER" | "CUSTOMS_OFFICER" | "NODE_OPERATOR")[];
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status: "ACTIVE" | "DISABLED";
            /** @example NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs */
            keyThumbprint: string;
            /** @example 2026-10-01T02:30:00.000Z */
            createdAt: string;
        };
        BrowserSignInDto: {
            /**
             * @description the e-mail address
             * @example li.wei@cq-electronics.example.cn
             */
            username: string;
            /** @example Corridor-2026-Chongqing */
            password: string;
        };
        BrowserTokenDto: {
            /** @example eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI2ZTJhOWQ0NyJ9.Qm9v… */
            access_token: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            token_type: "Bearer";
            /** @example 600 */
            expires_in: number;
        };
        PartyDto: {
            /** @example 91500000202815306C */
            uscc?: string;
            /** @example CN */
            country: string;
            /** @example 0105536012345 */
            nationalId?: string;
            /** @example 重庆渝新电子有限公司 */
            name: string;
            /** @example 重庆市沙坪坝区西部物流园 8 号 */
            address?: string;
        };
        PartiesDto: {
            exporter: components["schemas"]["PartyDto"];
            importer: components["schemas"]["PartyDto"];
            notifyParty?: components["schemas"]["PartyDto"];
            declarant?: components["schemas"]["PartyDto"];
            carrier?: components["schemas"]["PartyDto"];
        };
        ContractDto: {
            /** @example YX-TH-2026-031 */
            number: string;
            /** @example 2026-10-08 */
            date: string;
            seller: components["schemas"]["PartyDto"];
            buyer: components["schemas"]["PartyDto"];
            /**
             * @example CIF
             * @enum {string}
             */
            incoterm: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
            /**
             * @description UN/LOCODE of the named place
             * @example THLCH
             */
            incotermPlace: string;
            /** @example USD */
            currency: string;
            /** @example T/T 30 days after bill of lading date */
            paymentTerms?: string;
        };
        InvoiceLineDto: {
            /** @example 1 */
            lineNo: number;
            /** @example 笔记本电脑 */
            productNameZh: string;
            /** @example Laptop computer */
            productNameEn: string;
            /** @example YX-NB14 */
            model: string;
            /**
             * @description China's 10-digit 商品编号
             * @example 8471300000
             */
            hsCode: string;
            /** @example CN */
            originCountry: string;
            /** @example 400 */
            quantity: string;
            /**
             * @example PCE
             * @enum {string}
             */
            unit: "PCE" | "SET" | "PR" | "DZN" | "KGM" | "TNE" | "GRM" | "MTR" | "MTK" | "MTQ" | "LTR" | "C62" | "H87" | "NAR" | "BX" | "CT" | "RO";
            /** @example 389.00 */
            unitPrice: string;
            /** @example 155600.00 */
            amount: string;
        };
        InvoiceDto: {
            /** @example INV-2026-0142 */
            number: string;
            /** @example 2026-09-28 */
            date: string;
            seller: components["schemas"]["PartyDto"];
            buyer: components["schemas"]["PartyDto"];
            /** @example USD */
            currency: string;
            /** @example 155600.00 */
            totalAmount: string;
            /** @example 3200.00 */
            freight?: string;
            /** @example 180.00 */
            insurance?: string;
            lines: components["schemas"]["InvoiceLineDto"][];
        };
        StowageDto: {
            /**
             * @description One of the containers the dossier lists
             * @example TGHU8765436
             */
            container: string;
            /**
             * @description The line's packages in this container
             * @example 20
             */
            packages?: number;
            /**
             * @description The line's gross weight in this container
             * @example 1280.000
             */
            grossWeightKg?: string;
        };
        PackingLineDto: {
            /** @example 1 */
            lineNo: number;
            /** @example 400 */
            quantity: string;
            /** @example 40 */
            packages: number;
            /**
             * @example CT
             * @enum {string}
             */
            packageKind: "CT" | "BX" | "CS" | "PK" | "PL" | "PX" | "BG" | "SA" | "DR" | "CR" | "BE" | "RO" | "BL" | "CN" | "NE";
            /** @example 2200.000 */
            netWeightKg: string;
            /** @example 2560.000 */
            grossWeightKg: string;
            /** @example 18.500 */
            volumeM3?: string;
            /** @example YX/LCH/1-40 */
            marks?: string;
            /** @description The container(s) the line is stowed in; optional when the dossier lists one container. A line split over several gives packages and gross weight per container. */
            stowage?: components["schemas"]["StowageDto"][];
        };
        PackingListDto: {
            shipper: components["schemas"]["PartyDto"];
            consignee: components["schemas"]["PartyDto"];
            lines: components["schemas"]["PackingLineDto"][];
        };
        TransportLegDto: {
            /** @example 1 */
            sequence: number;
            /**
             * @example RAIL
             * @enum {string}
             */
            mode: "RAIL" | "SEA" | "ROAD" | "AIR";
            /** @example CNCQI */
            from: string;
            /** @example CNQZH */
            to: string;
            /** @example KOTA LAYANG */
            vesselName?: string;
            /** @example 0412S */
            voyageNumber?: string;
            /** @example X8001 */
            trainNumber?: string;
            /** @example 2026-10-02 */
            plannedDeparture: string;
            /** @example 2026-10-08 */
            plannedArrival: string;
        };
        ContainerDto: {
            /**
             * @description ISO 6346; a wrong check digit is a finding (CONTAINER_CHECK_DIGIT), not a refusal
             * @example TGHU8765436
             */
            number: string;
            /** @example 45G1 */
            sizeType: string;
            /**
             * @example [
             *       "CQ2026184"
             *     ]
             */
            seals: string[];
            /** @example 40 */
            packages?: number;
            /** @example 2560.000 */
            grossWeightKg?: string;
        };
        TransportDto: {
            /** @example CNCQI */
            placeOfReceipt: string;
            /** @example CNQZH */
            portOfLoading: string;
            /** @example THLCH */
            portOfDischarge: string;
            /** @example THBKK */
            placeOfDelivery: string;
            /** @example 40 */
            totalPackages: number;
            legs: components["schemas"]["TransportLegDto"][];
            containers: components["schemas"]["ContainerDto"][];
        };
        CustomsHeaderDto: {
            /**
             * @description 关区代码: the declaring customs office
             * @example 8001
             */
            customsOffice: string;
            /**
             * @description 出境关别 of an export, 进境关别 of an import: the border customs office
             * @example 7211
             */
            exitOffice: string;
            /**
             * @description 监管方式, e.g. 0110 一般贸易
             * @example 0110
             */
            tradeMode: string;
            /**
             * @description 征免性质, e.g. 101 一般征税
             * @example 101
             */
            exemptionNature: string;
            /**
             * @description The certificate of origin to apply for, where both China–ASEAN (Form E) and RCEP cover the buyer
             * @example RCEP
             * @enum {string}
             */
            preferenceScheme?: "FORM_E" | "RCEP";
        };
        DossierDto: {
            /**
             * @description The filer's own reference, unique within its organisation
             * @example YX-2026-0142
             */
            reference: string;
            parties: components["schemas"]["PartiesDto"];
            contract: components["schemas"]["ContractDto"];
            invoice: components["schemas"]["InvoiceDto"];
            packingList: components["schemas"]["PackingListDto"];
            transport: components["schemas"]["TransportDto"];
            customs: components["schemas"]["CustomsHeaderDto"];
        };
        FindingDto: {
            /** @example INVOICE_TOTAL_MISMATCH */
            rule: string;
            /**
             * @example ERROR
             * @enum {string}
             */
            severity: "ERROR" | "WARNING";
            /**
             * @example [
             *       "/invoice/totalAmount"
             *     ]
             */
            pointers: string[];
            /**
             * @example {
             *       "zh-CN": "发票总金额与各行金额之和不一致",
             *       "en": "The invoice total is not the sum of its lines"
             *     }
             */
            message: Record<string, never>;
        };
        FilingSummaryDto: {
            /** @example CN_EXPORT_DECLARATION */
            kind: string;
            /** @example main */
            key: string;
            /**
             * @example {
             *       "zh-CN": "中华人民共和国海关出口货物报关单",
             *       "en": "China export goods declaration"
             *     }
             */
            title: Record<string, never>;
            /**
             * @description Findings of the filing's own rules
             * @example 0
             */
            problems: number;
        };
        ReuseDto: {
            /**
             * @description Distinct dossier fields the filings drew on: keyed once
             * @example 38
             */
            dossierFieldsUsed: number;
            /**
             * @description Filing fields filled from the dossier
             * @example 112
             */
            filledFromDossier: number;
            /**
             * @description Filing fields the dossier could not fill
             * @example 4
             */
            keyed: number;
            /**
             * @description Filing fields filled per dossier field keyed
             * @example 2.95
             */
            reuseRatio: number;
        };
        DossierViewDto: {
            /** @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f */
            id: string;
            /** @example YX-2026-0142 */
            reference: string;
            /** @example 2 */
            version: number;
            /**
             * @example READY
             * @enum {string}
             */
            status: "READY" | "NEEDS_ATTENTION";
            findings: components["schemas"]["FindingDto"][];
            document: components["schemas"]["DossierDto"];
            /** @example 2026-09-30T08:15:00.000Z */
            updatedAt: string;
            filings: components["schemas"]["FilingSummaryDto"][];
            reuse: components["schemas"]["ReuseDto"];
        };
        AdoptDossierDto: {
            /**
             * @description The province node that shared the dossier
             * @example CQ
             */
            sourceNode: string;
            /**
             * @description The dossier's id at that node
             * @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f
             */
            dossierId: string;
        };
        DossierSummaryDto: {
            /** @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f */
            id: string;
            /** @example YX-2026-0142 */
            reference: string;
            /** @example 2 */
            version: number;
            /** @example 2026-09-30T08:15:00.000Z */
            updatedAt: string;
        };
        DossierVersionDto: {
            /** @example 2 */
            version: number;
            /** @example 0 */
            errorCount: number;
            /**
             * @description The person who saved it (their subject)
             * @example 8d1c4b7e-2f3a-4c5d-9e6f-7a8b9c0d1e2f
             */
            createdBy: string;
            /** @example 2026-09-30T08:15:00.000Z */
            createdAt: string;
        };
        FieldChangeDto: {
            /** @example /header/packages */
            path: string;
            /**
             * @description The value before: any JSON value, null where there was none
             * @example 120
             */
            from: string | number | boolean | (Record<string, never> | null) | unknown[];
            /**
             * @description The value after: any JSON value, null where there is none
             * @example 118
             */
            to: string | number | boolean | (Record<string, never> | null) | unknown[];
        };
        ReasonDto: {
            /** @example HS_CLASSIFICATION */
            code: string;
            /** @example 商品编号与申报品名不符 */
            message: string;
        };
        ReceiptDto: {
            /** @example R8001202610030001 */
            receiptNo: string;
            /**
             * @example ACCEPT
             * @enum {string}
             */
            decision: "ACCEPT" | "REJECT" | "RELEASE";
            /**
             * @description Set on the answer to a summary declaration (概要申报)
             * @example SUMMARY
             * @enum {string}
             */
            step?: "SUMMARY";
            reasons: components["schemas"]["ReasonDto"][];
            /** @example Qinzhou customs, officer 8001-017 */
            officer: string;
            /** @example 2026-10-03T09:12:00.000Z */
            at: string;
        };
        FilingDto: {
            /** @example a4d1e6b2-3c9f-4e71-8b05-2f6c9d1a7e43 */
            id: string;
            /** @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f */
            dossierId: string;
            /** @example 2 */
            dossierVersion: number;
            /** @example CN_EXPORT_DECLARATION */
            kind: string;
            /** @example main */
            key: string;
            /**
             * @description One step: DRAFT, SUBMITTED, ACCEPTED or REJECTED, RELEASED. Two steps (两步申报): DRAFT, SUMMARY_SUBMITTED, SUMMARY_ACCEPTED (the goods may be picked up) or SUMMARY_REJECTED, then SUBMITTED and on as one step
             * @example SUBMITTED
             * @enum {string}
             */
            status: "DRAFT" | "SUMMARY_SUBMITTED" | "SUMMARY_ACCEPTED" | "SUMMARY_REJECTED" | "SUBMITTED" | "ACCEPTED" | "REJECTED" | "RELEASED";
            /**
             * @description Derived from an older version of the dossier; superseded
             * @example false
             */
            stale: boolean;
            /**
             * @example {
             *       "zh-CN": "出口报关单",
             *       "en": "Export declaration"
             *     }
             */
            title: Record<string, never>;
            /**
             * @example {
             *       "tradeMode": "0110",
             *       "transportMode": "3"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
            /**
             * @description For each field (JSON pointer), the dossier field it came from, or keyed
             * @example {
             *       "/consignor/name": "/parties/exporter/name",
             *       "/declarationDate": "keyed"
             *     }
             */
            provenance: {
                [key: string]: unknown;
            };
            problems: components["schemas"]["FindingDto"][];
            changesFromPrevious?: components["schemas"]["FieldChangeDto"][] | null;
            /**
             * @description The customs office it went to
             * @example 8001
             */
            addressedTo: string | null;
            /** @example 2026-10-01T02:30:00.000Z */
            submittedAt: string | null;
            /** @example 6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38 */
            submittedBy: string | null;
            receipts: components["schemas"]["ReceiptDto"][];
            /**
             * @description The summary declaration (概要申报) as submitted, for a filing declared in two steps
             * @example null
             */
            summary: {
                [key: string]: unknown;
            } | null;
            /** @example null */
            summarySubmittedAt: string | null;
            /** @example null */
            summarySubmittedBy: string | null;
            /**
             * @description The last day (China time) for the complete declaration (完整申报)
             * @example 2026-12-20
             */
            completeDueBy: string | null;
            /**
             * @description The complete declaration is owed past its last day, or was submitted after it
             * @example false
             */
            completeOverdue: boolean;
        };
        KeyValuesDto: {
            /**
             * @description Values for the fields marked keyed, by JSON pointer
             * @example {
             *       "/items/0/originCriterion": "WO"
             *     }
             */
            values: Record<string, never>;
        };
        PostReceiptDto: {
            /**
             * @example ACCEPT
             * @enum {string}
             */
            decision: "ACCEPT" | "REJECT" | "RELEASE";
            reasons?: components["schemas"]["ReasonDto"][];
        };
        TimelineEntryDto: {
            /** @example 2026-10-03T09:12:00.000Z */
            at: string;
            /**
             * @example BILL_EVENT
             * @enum {string}
             */
            kind: "DOSSIER_VERSION" | "FILINGS_DERIVED" | "SUMMARY_SUBMITTED" | "FILING_SUBMITTED" | "RECEIPT" | "BILL_EVENT" | "EXCHANGE_DELIVERY";
            /**
             * @example {
             *       "zh-CN": "提单已转让",
             *       "en": "Bill transferred"
             *     }
             */
            summary: Record<string, never>;
            /**
             * @example {
             *       "billNumber": "CQLS2026000142",
             *       "sequence": 3
             *     }
             */
            ref: {
                [key: string]: unknown;
            };
        };
        ImportedColumnDto: {
            /** @example 商品名称 */
            header: string;
            /** @example B1 */
            cell: string;
            /** @example productNameZh */
            field: string;
        };
        UnrecognisedColumnDto: {
            /** @example 备注 */
            header: string;
            /** @example K1 */
            cell: string;
        };
        ImportedLineDto: {
            /**
             * @example {
             *       "productNameZh": "笔记本电脑",
             *       "quantity": "400"
             *     }
             */
            values: {
                [key: string]: string | number;
            };
            /**
             * @description The cell each value came from
             * @example {
             *       "productNameZh": "B2",
             *       "quantity": "G2"
             *     }
             */
            sources: {
                [key: string]: string;
            };
        };
        ImportProblemDto: {
            /** @example G5 */
            cell: string;
            /** @example quantity */
            field: string;
            /** @example G5: "four" is not a number */
            message: string;
        };
        ImportResultDto: {
            /**
             * @example invoice
             * @enum {string}
             */
            document: "invoice" | "packingList";
            /**
             * @description The sheet the lines were read from: of those whose headers are recognised, the one with the most columns
             * @example Invoice
             */
            sheet: string;
            /**
             * @description The row the headers were found in (1-based)
             * @example 1
             */
            headerRow: number;
            columns: components["schemas"]["ImportedColumnDto"][];
            unrecognisedColumns: components["schemas"]["UnrecognisedColumnDto"][];
            lines: components["schemas"]["ImportedLineDto"][];
            problems: components["schemas"]["ImportProblemDto"][];
        };
        ChainProblemDto: {
            /**
             * @description The entry at fault; null for the bill as a whole
             * @example 3
             */
            sequence: number | null;
            /** @example signature does not verify with the carrier node key cq-2026-10 */
            problem: string;
        };
        HistoryEntryDto: {
            /** @example 2 */
            sequence: number;
            /** @example TRANSFER_ACCEPTED */
            action: string;
            /** @example USCC:91450700MA5KX1234P */
            actor: string;
            /** @example USCC:91500000202815306C */
            from: string | null;
            /** @example USCC:91450700MA5KX1234P */
            to: string | null;
            /** @example 2026-10-03T09:12:00.000Z */
            time: string;
            /** @example The consignee named is not ours */
            reason?: string;
            /**
             * @description The compact JWS (ES256) the node signed; what verification checks
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            jws: string;
            /**
             * @description SHA-256 of the JWS, which the next entry links to
             * @example 9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1
             */
            checksum: string;
        };
        SignedHeadDto: {
            /**
             * @description The compact JWS (ES256, typ landsea-bill-head+jws) the node signed with the last step: bill, carrier, sequence, checksum, state, signedAt, node
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            jws: string;
            /**
             * @description The last entry the head names (when the head verifies)
             * @example 3
             */
            sequence?: number;
            /** @example HELD */
            state?: string;
            /**
             * @description When the node signed it: a copy is complete as of this time
             * @example 2026-10-03T09:12:00.000Z
             */
            signedAt?: string;
            /** @example CQ */
            node?: string;
            /**
             * @description The kid of the record key that signed it
             * @example cq-2026-10
             */
            keyId?: string;
        };
        VerificationDto: {
            /** @example CQLS2026000142 */
            number: string;
            /** @example USCC:91500000MA5U7K8B3E */
            carrier: string;
            /** @example HELD */
            state: string;
            /** @example 9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1 */
            documentChecksum: string;
            /**
             * @description The node that recorded the history: this one, or the partner node that shared it
             * @example CQ
             */
            node: string;
            /**
             * @description True when every signature, link and step verifies and the stored bill matches its history
             * @example true
             */
            valid: boolean;
            problems: components["schemas"]["ChainProblemDto"][];
            entries: components["schemas"]["HistoryEntryDto"][];
            /** @description Where the node says the history ends; null for a bill issued before heads were signed */
            head: components["schemas"]["SignedHeadDto"] | null;
            /**
             * @description Where the recording node's keys are published
             * @example https://landsea.cq.example.cn/.well-known/jwks.json
             */
            keys: string;
        };
        IssueBillDto: {
            /**
             * @description The dossier the bill is issued from; it must name the calling carrier
             * @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f
             */
            dossierId: string;
            /**
             * @description Unique per carrier: capitals, digits and hyphens, 3 to 35
             * @example CQLS2026000142
             */
            number: string;
            /**
             * @description STRAIGHT: to the named consignee; TO_ORDER: negotiable by endorsement
             * @example TO_ORDER
             * @enum {string}
             */
            kind: "STRAIGHT" | "TO_ORDER";
        };
        BillPartyPositionDto: {
            /** @example USCC:91500000202815306C */
            party: string;
            /**
             * @description Its organisation on this node; null for a party registered elsewhere
             * @example 6a0e2b9c-1d4f-4e8a-b7c3-5f9d0e1a2b3c
             */
            organisationId: string | null;
        };
        BillDto: {
            /** @example 0b7d4f2e-8c1a-4e5b-9d3f-2a6c8e0f1b4d */
            id: string;
            /** @example CQLS2026000142 */
            number: string;
            /**
             * @example TO_ORDER
             * @enum {string}
             */
            kind: "STRAIGHT" | "TO_ORDER";
            /**
             * @example HELD
             * @enum {string}
             */
            state: "HELD" | "TRANSFER_PENDING" | "PLEDGED" | "SURRENDER_PENDING" | "ACCOMPLISHED" | "VOID" | "TRANSFERRED_OUT";
            carrier: components["schemas"]["BillPartyPositionDto"];
            holder: components["schemas"]["BillPartyPositionDto"];
            /** @description The organisation a transfer is offered to */
            pending: components["schemas"]["BillPartyPositionDto"] | null;
            pledgee: components["schemas"]["BillPartyPositionDto"] | null;
            /**
             * @description While a surrender is pending: what for
             * @example null
             * @enum {string|null}
             */
            surrenderPurpose: "DELIVERY" | "AMENDMENT" | null;
            /**
             * @description The named consignee of a straight bill
             * @example null
             */
            consignee: string | null;
            /** @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f */
            dossierId: string | null;
            /**
             * @description SHA-256 over the RFC 8785 canonical JSON of the document
             * @example 9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1
             */
            documentChecksum: string;
            /**
             * @description Entries in the signed history
             * @example 3
             */
            sequence: number;
            /**
             * @description Checksum of the latest history entry
             * @example 9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1
             */
            headChecksum: string;
            /** @example null */
            replacesBillId: string | null;
            /** @example null */
            replacedByBillId: string | null;
            /**
             * @example {
             *       "transportDocumentReference": "CQLS2026000142"
             *     }
             */
            document: {
                [key: string]: unknown;
            };
            /** @example 2026-10-01T02:30:00.000Z */
            createdAt: string;
            /** @example 2026-10-03T09:12:00.000Z */
            updatedAt: string;
        };
        PartyIdDto: {
            /** @example 91500000MA5U7K8B3E */
            uscc?: string;
            /** @example TH */
            country?: string;
            /** @example 0105536012345 */
            nationalId?: string;
        };
        TransferBillDto: {
            /** @description The organisation the bill is offered to; it accepts or rejects */
            to: components["schemas"]["PartyIdDto"];
        };
        BillStepDto: {
            bill: components["schemas"]["BillDto"];
            /** @description The replacement issued when a surrender for amendment is accepted */
            replacement?: components["schemas"]["BillDto"];
        };
        RejectDto: {
            /**
             * @description Why; recorded in the signed history
             * @example The goods are not yet paid for
             */
            reason?: string;
        };
        PledgeBillDto: {
            /** @description The bank the bill is pledged to */
            bank: components["schemas"]["PartyIdDto"];
        };
        SurrenderBillDto: {
            /**
             * @example DELIVERY
             * @enum {string}
             */
            purpose: "DELIVERY" | "AMENDMENT";
        };
        AcceptSurrenderDto: {
            /**
             * @description For a surrender for AMENDMENT: the number of the replacement bill
             * @example CQLS2026000142-A1
             */
            replacementNumber?: string;
        };
        AttachmentDto: {
            /** @example e3b0c442-98fc-4c14-9afb-f4c8996fb924 */
            id: string;
            /** @example commercial-invoice.pdf */
            name: string;
            /** @example application/pdf */
            mediaType: string;
            /** @example 48213 */
            sizeBytes: number;
            /**
             * @description SHA-256 of the content, hex
             * @example 9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1
             */
            sha256: string;
            /** @example 2026-10-01T02:30:00.000Z */
            createdAt: string;
        };
        PintTransferDto: {
            /**
             * @description The receiving platform: a registered partner node’s base URL
             * @example https://gx.landsea.example
             */
            platformUrl: string;
            /** @description The party on the receiving platform the bill goes to */
            recipient: components["schemas"]["PartyIdDto"];
            /**
             * @description The recipient’s name, as PINT names every party
             * @example Siam Digital Trading Co., Ltd.
             */
            recipientName: string;
        };
        PutAgreementDto: {
            /**
             * @example [
             *       "DOSSIER",
             *       "BILL_EVENT"
             *     ]
             */
            kinds: ("DOSSIER" | "BILL_EVENT" | "FILING" | "ORGANISATION")[];
        };
        CreateConsentDto: {
            /**
             * @description The partner node that may receive the data
             * @example GX
             */
            partnerNode: string;
            /**
             * @description A dossier's bill events follow the dossier
             * @example DOSSIER
             * @enum {string}
             */
            kind: "DOSSIER";
            /**
             * @description One dossier; leave out for a standing rule covering all of your organisation’s dossiers
             * @example 3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f
             */
            recordId?: string;
        };
        EnvelopeDto: {
            /**
             * @description Compact JWS (ES256) signed by the sending node, typ landsea-exchange-envelope+jws
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            envelope: string;
        };
        EnvelopeReceiptDto: {
            /**
             * @description Compact JWS signed by this node: the message id and, per record, APPLIED, STALE or REJECTED with a reason
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            receipt: string;
        };
        FeedRequestDto: {
            /**
             * @description Compact JWS (ES256) signed by the asking node, typ landsea-exchange-feed-request+jws, claims requestId (uuid, new for every page), from, to, after (a cursor of this node or null), limit and sentAt
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            request: string;
        };
        FeedPageDto: {
            /**
             * @description Compact JWS signed by this node, typ landsea-exchange-feed-page+jws: requestId, from, to, after, records in order, and next (the cursor to ask after, null when none are left)
             * @example eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…
             */
            page: string;
        };
        RecoverDto: {
            /**
             * @description The most records this call pulls; call again to go on from where it stopped
             * @default 10000
             * @example 10000
             */
            limit: number;
            /**
             * @description Start from the beginning of the partner’s feed: onboarding, or a node restored from an old backup
             * @default false
             * @example false
             */
            fromStart: boolean;
        };
        RecoveryResultDto: {
            /**
             * @description Pages pulled, the last one empty when caught up
             * @example 3
             */
            pages: number;
            /**
             * @description Records the pages held
             * @example 1204
             */
            records: number;
            /**
             * @description Records applied: new here, or newer than the version here
             * @example 1180
             */
            applied: number;
            /**
             * @description Records already here at this version or a newer one
             * @example 24
             */
            stale: number;
            /**
             * @description Records refused: outside this node’s agreement with the partner, or malformed
             * @example 0
             */
            rejected: number;
            /**
             * @description The partner’s cursor the next recovery starts after
             * @example GX:000000000001204
             */
            cursor: string | null;
            /**
             * @description True when the partner had nothing more to send
             * @example true
             */
            caughtUp: boolean;
        };
        PartnerStatusDto: {
            /** @example GX */
            partner: string;
            /**
             * @description DOWN: not answering; nothing is sent but probes until it answers with a signed receipt
             * @example UP
             * @enum {string}
             */
            state: "UP" | "DOWN" | "PROBING";
            /**
             * Format: date-time
             * @description When it came UP or went DOWN
             * @example 2026-10-01T02:30:00.000Z
             */
            since: string | null;
            /**
             * @description Deliveries failed in a row
             * @example 0
             */
            failures: number;
            /** @example null */
            lastError: string | null;
            /**
             * Format: date-time
             * @example null
             */
            lastErrorAt: string | null;
            /**
             * @description Records queued for it and not yet acknowledged by a signed receipt
             * @example 0
             */
            pendingRecords: number;
            /**
             * Format: date-time
             * @description The next retry (UP after failures) or probe (DOWN)
             * @example null
             */
            nextProbeAt: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            /**
             * @description Pass as `before` for the next page; null on the last page
             * @example 18342
             */
            next: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    DeadLetterController_list: {
        parameters: {
            query?: {
                /** @description Only this queue */
                queue?: string;
                /** @description Only letters never replayed */
                pending?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeadLetterController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dead letter */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResultDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEAD_LETTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEAD_LETTER_QUEUE_UNKNOWN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                status?: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description Error codes: CUSTOMS_OFFICE_MISMATCH, JSON_TOO_DEEP, KIND_NOT_REGISTERABLE, MALFORMED_REQUEST, ORGANISATION_ID_REQUIRED, TEXT_NOT_ALLOWED, USCC_INVALID, VALIDATION_FAILED, WEAK_PASSWORD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: EMAIL_ALREADY_REGISTERED, ORGANISATION_ALREADY_REGISTERED, ORGANISATION_HOMED_ELSEWHERE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, REVIEW_REASON_REQUIRED, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_ALREADY_REVIEWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, ROLE_NOT_ALLOWED, TEXT_NOT_ALLOWED, UNKNOWN_ROLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: EMAIL_ALREADY_REGISTERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error codes: INVITATION_INVALID, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED, WEAK_PASSWORD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_changeRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRolesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, ROLE_NOT_ALLOWED, TEXT_NOT_ALLOWED, UNKNOWN_ROLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: CANNOT_CHANGE_OWN_ACCOUNT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: CANNOT_CHANGE_OWN_ACCOUNT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OAuthController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequestDto"];
                "application/json": components["schemas"]["TokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Error codes: CLIENT_KEY_INVALID, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, UNSUPPORTED_GRANT_TYPE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: CLIENT_ASSERTION_INVALID, CLIENT_ASSERTION_REPLAYED, INVALID_CREDENTIALS, REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ACCOUNT_DISABLED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ACCOUNT_LOCKED, ADDRESS_LOCKED, SIGN_IN_THROTTLED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OAuthController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeRequestDto"];
                "application/json": components["schemas"]["RevokeRequestDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WellKnownController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys?: Record<string, never>[];
                    };
                };
            };
        };
    };
    WellKnownController_recordKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys?: Record<string, never>[];
                    };
                };
            };
        };
    };
    WellKnownController_openidConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    KeysController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationDto"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IdentityAuditController_find: {
        parameters: {
            query?: {
                organisationId?: string;
                action?: "identity.organisation_registered" | "identity.organisation_approved" | "identity.organisation_rejected" | "identity.organisation_suspended" | "identity.person_invited" | "identity.invitation_accepted" | "identity.roles_changed" | "identity.person_disabled" | "identity.sign_in" | "identity.token_refreshed" | "identity.refresh_token_reused" | "identity.tokens_revoked" | "identity.signing_key_created" | "identity.signing_key_rotated" | "identity.partner_registered" | "identity.client_registered" | "identity.operator_password_reset";
                from?: string;
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: AUDIT_LOCAL_ONLY, AUDIT_NOT_YOURS, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartnersController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTNER_IS_THIS_NODE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClientsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClientsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDto"];
                };
            };
            /** @description Error codes: CLIENT_KEY_INVALID, JSON_TOO_DEEP, MALFORMED_REQUEST, ROLE_NOT_ALLOWED, TEXT_NOT_ALLOWED, UNKNOWN_ROLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BrowserSessionController_signIn: {
        parameters: {
            query?: never;
            header: {
                /** @description must be 1; with a same-origin Origin, the CSRF defence */
                "x-landsea-console": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrowserSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserTokenDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ACCOUNT_DISABLED, BROWSER_REQUEST_REFUSED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ACCOUNT_LOCKED, ADDRESS_LOCKED, SIGN_IN_THROTTLED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BrowserSessionController_refresh: {
        parameters: {
            query?: never;
            header: {
                /** @description must be 1; with a same-origin Origin, the CSRF defence */
                "x-landsea-console": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserTokenDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED, SESSION_COOKIE_MISSING */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ACCOUNT_DISABLED, BROWSER_REQUEST_REFUSED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BrowserSessionController_signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description must be 1; with a same-origin Origin, the CSRF defence */
                "x-landsea-console": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BROWSER_REQUEST_REFUSED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierSummaryDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NO_ORGANISATION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierViewDto"];
                };
            };
            /** @description Error codes: AMOUNT_TOO_PRECISE, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_A_PARTY, NO_ORGANISATION, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_REFERENCE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_adopt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptDossierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierViewDto"];
                };
            };
            /** @description Error codes: AMOUNT_TOO_PRECISE, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_A_PARTY, NO_ORGANISATION, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_REFERENCE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dossier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierViewDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NO_ORGANISATION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dossier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierViewDto"];
                };
            };
            /** @description Error codes: AMOUNT_TOO_PRECISE, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_A_PARTY, NO_ORGANISATION, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dossier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierVersionDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NO_ORGANISATION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dossier */
                id: string;
                /** @description The dossier version, from 1 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierViewDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NO_ORGANISATION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_forDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyValuesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, NOT_A_KEYED_FIELD, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_STATE_CONFLICT, SUMMARY_FIELD_FROZEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_A_CUSTOMS_OFFICE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_SUBMITTABLE, FILING_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_submitSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: TWO_STEP_NOT_AVAILABLE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_A_CUSTOMS_OFFICE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_SUBMITTABLE, FILING_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_submitComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_A_CUSTOMS_OFFICE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_SUBMITTABLE, FILING_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_addressed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FilingsController_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The filing */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostReceiptDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, REJECTION_REASON_REQUIRED, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_A_CUSTOMS_OFFICE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FILING_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TimelineController_forDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dossier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ImportsController_read: {
        parameters: {
            query: {
                document: "invoice" | "packingList";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, MULTIPART_MALFORMED, NO_HEADERS_RECOGNISED, SPREADSHEET_UNREADABLE, SPREADSHEET_UNSAFE, TEXT_NOT_ALLOWED, UPLOAD_MISSING, UPLOAD_ONE_FILE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE, SPREADSHEET_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_FILE_TYPE, UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: SPREADSHEET_TIMEOUT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE, SPREADSHEET_READERS_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillVerificationController_verify: {
        parameters: {
            query: {
                number: string;
                /** @description The carrier, when several issued this number */
                carrier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: AMBIGUOUS_BILL_NUMBER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillVerificationController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_list: {
        parameters: {
            query?: {
                /** @description Only the bills your organisation holds now */
                holding?: boolean;
                dossierId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueBillDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_NAMED_CARRIER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NUMBER_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_READY, PARTY_NOT_APPROVED, PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferBillDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_HOLDER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_APPROVED, PARTY_NOT_REGISTERED, STRAIGHT_BILL_NOT_NEGOTIABLE, TRANSFER_TO_SELF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_acceptTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_ENDORSEE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_rejectTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_ENDORSEE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_pledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeBillDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_HOLDER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_APPROVED, PARTY_NOT_REGISTERED, PLEDGEE_NOT_A_BANK, TRANSFER_TO_SELF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_PLEDGEE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_enforce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_PLEDGEE, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_surrender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurrenderBillDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, REPLACEMENT_NUMBER_REQUIRED, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_CONSIGNEE, NOT_THE_HOLDER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_acceptSurrender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptSurrenderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_CARRIER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DOSSIER_NOT_READY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillsController_rejectSurrender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillStepDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_CARRIER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillPdfController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The printable bill */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"][];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AttachmentsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Error codes: ATTACHMENT_MISSING, JSON_TOO_DEEP, MALFORMED_REQUEST, MULTIPART_MALFORMED, TEXT_NOT_ALLOWED, UPLOAD_ONE_FILE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_HOLDER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ATTACHMENT_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AttachmentsController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
                /** @description The attachment */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ATTACHMENT_NOT_FOUND, BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DcsaController_transportDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A DCSA eBL 3.0.4 TransportDocument */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_EXPRESSIBLE_AS_DCSA, PARTY_NOT_REGISTERED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PintTransferController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PintTransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_THE_HOLDER, ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: BILL_PLEDGED, BILL_STATE_CONFLICT, PINT_TRANSFER_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NOT_EXPRESSIBLE_AS_DCSA, PARTY_NOT_REGISTERED, PINT_PLATFORM_NOT_TRUSTED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PINT_NO_SIGNED_ANSWER */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PintController_receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description RECE or DUPE */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Transfer started; documents missing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        envelopeReference: string;
                        transportDocumentChecksum: string;
                        lastEnvelopeTransferChainEntrySignedContentChecksum: string;
                        missingAdditionalDocumentChecksums: string[];
                    };
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, NOT_A_PINT_ENVELOPE, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PINT_ENVELOPE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description DISE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description BSIG or BENV */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PintController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The envelope reference the start of the transfer answered */
                envelopeReference: string;
                /** @description SHA-256 of the additional document, as the envelope manifest lists it */
                documentChecksum: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Document received */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, PINT_DOCUMENT_NOT_BASE64, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PINT_ENVELOPE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INCD: not declared, or checksum or size does not match */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error codes: ATTACHMENT_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PintController_finish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The envelope reference the start of the transfer answered */
                envelopeReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RECE or DUPE */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PINT_ENVELOPE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MDOC or DISE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description BSIG or BENV */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SharingController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partner: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, PARTNER_UNKNOWN, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SharingController_agreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SharingController_consents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SharingController_consent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: CONSENT_RECORD_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: NO_AGREEMENT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SharingController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consent */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: CONSENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InboundController_receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvelopeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvelopeReceiptDto"];
                };
            };
            /** @description Error codes: ENVELOPE_CLOCK_SKEW, ENVELOPE_MALFORMED, ENVELOPE_NOT_FOR_THIS_NODE, JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ENVELOPE_KEY_UNKNOWN, ENVELOPE_SIGNATURE_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTNER_UNKNOWN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ENVELOPE_TOO_LARGE, ENVELOPE_TOO_MANY_RECORDS */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MessagesController_messages: {
        parameters: {
            query?: {
                partner?: string;
                direction?: "IN" | "OUT";
                /** @description Entries after this id, for paging and export */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MessagesController_verify: {
        parameters: {
            query?: {
                partner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MessagesController_records: {
        parameters: {
            query?: {
                kind?: "DOSSIER" | "BILL_EVENT" | "FILING" | "ORGANISATION";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MessagesController_directoryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description USCC:<code> for a Chinese organisation, <country>:<national id> for others */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DIRECTORY_ENTRY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FeedController_serve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPageDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ENVELOPE_KEY_UNKNOWN, ENVELOPE_SIGNATURE_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PARTNER_UNKNOWN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FEED_REQUEST_REPLAYED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RecoveryController_recover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partner: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryResultDto"];
                };
            };
            /** @description Error codes: JSON_TOO_DEEP, MALFORMED_REQUEST, TEXT_NOT_ALLOWED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ORGANISATION_NOT_APPROVED, ORGANISATION_SUSPENDED, PARTNER_UNKNOWN, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: RECOVERY_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: FEED_PAGE_INVALID, FEED_UNREACHABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartnerStatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerStatusDto"][];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DirectoryController_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditController_find: {
        parameters: {
            query?: {
                /** @description Entries the organisation did or that concern it (node operators; administrators may give only their own) */
                organisationId?: string;
                /** @description One action, such as bills.transferred */
                action?: string;
                /** @description Every action of one context */
                context?: "identity" | "declarations" | "bills" | "exchange" | "platform";
                /** @description What was changed: bill, dossier, filing, consent, … */
                targetType?: string;
                targetId?: string;
                /** @description The person, client or partner who did it */
                actor?: string;
                correlationId?: string;
                from?: string;
                /** @description Exclusive */
                to?: string;
                /** @description The page before's `next`: entries older than it */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Error codes: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: TOKEN_ALGORITHM_NOT_ALLOWED, TOKEN_AUDIENCE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_ISSUER_UNKNOWN, TOKEN_KEY_UNKNOWN, TOKEN_MISSING, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: AUDIT_LOCAL_ONLY, AUDIT_NOT_YOURS, ROLE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error codes: DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
