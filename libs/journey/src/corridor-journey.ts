import { randomInt, randomUUID } from 'node:crypto';
import type { Dossier } from '@landsea/declarations';
import { randomUscc } from '@landsea/reference';
import { eventually, NodeClient } from './node-client.js';
import { sampleDossier } from '../../../examples/sample-dossier.js';

/** A running node and its operator's sign-in. */
export interface NodeAccess {
  readonly baseUrl: string;
  readonly operator: { readonly email: string; readonly password: string };
}

export interface JourneyOptions {
  readonly chongqing: NodeAccess;
  readonly guangxi: NodeAccess;
  /** The exporter's own spreadsheets: the commercial invoice and the packing list, as XLSX. */
  readonly workbooks: { readonly invoice: Uint8Array; readonly packingList: Uint8Array };
  /** Told of each step as it happens. */
  readonly say?: (step: JourneyStep) => void;
  /** How long to wait for what travels by queue between the nodes. */
  readonly patienceMs?: number;
}

export interface JourneyStep {
  readonly stage: number;
  readonly node: 'CQ' | 'GX';
  readonly who: string;
  readonly did: string;
  readonly result: string;
}

export interface TimelineLine {
  readonly at: string;
  readonly kind: string;
  readonly summary: { readonly 'zh-CN': string; readonly en: string };
  readonly ref: Record<string, unknown>;
}

export interface Reuse {
  readonly dossierFieldsUsed: number;
  readonly filledFromDossier: number;
  readonly keyed: number;
  readonly reuseRatio: number;
}

export interface JourneyReport {
  readonly steps: readonly JourneyStep[];
  readonly imported: { readonly invoiceLines: number; readonly packingLines: number; readonly problems: number };
  readonly dossier: { readonly id: string; readonly reference: string; readonly status: string; readonly errors: number; readonly filings: readonly string[]; readonly reuse: Reuse };
  readonly exportDeclaration: { readonly id: string; readonly addressedTo: string; readonly statuses: readonly string[] };
  readonly bill: {
    readonly id: string;
    readonly number: string;
    readonly legs: readonly string[];
    /** Its DCSA eBL export: per consignment item, the containers it is stowed in. */
    readonly dcsaCargo: ReadonlyArray<readonly string[]>;
    readonly states: readonly string[];
    readonly verifiedAtGuangxi: { readonly node: string; readonly valid: boolean; readonly state: string; readonly entries: number };
  };
  readonly guangxi: { readonly dossierId: string; readonly reuse: Reuse; readonly manifest: { readonly id: string; readonly status: string; readonly addressedTo: string; readonly loadingPlace: string; readonly inQinzhouInbox: boolean } };
  readonly timeline: readonly TimelineLine[];
  /** Fields keyed once at Chongqing against the fields filled from them at both nodes. */
  readonly reuse: {
    /** Dossier fields the filings drew on, each entered once. */
    readonly keyedOnce: number;
    /** Values that came off the uploaded spreadsheets rather than the keyboard. */
    readonly fromSpreadsheets: number;
    /** Filing fields the dossier cannot fill (origin criteria, Thai tariff codes). */
    readonly keyedInFilings: number;     readonly filledAtChongqing: number;
    readonly filledAtGuangxi: number;
    /** Filing fields filled at both nodes per dossier field entered. */
    readonly ratio: number;
  };
}

interface FilingView {
  readonly id: string;
  readonly kind: string;
  readonly key: string;
  readonly content: { readonly route?: { readonly loadingPlace?: string } };
  readonly provenance: Record<string, object>;
}

interface ImportedLine {
  readonly values: Record<string, string | number | undefined>;
}

interface Verification {
  readonly node: string;
  readonly valid: boolean;
  readonly state: string;
  readonly entries: readonly unknown[];
}

const PASSWORD = 'Corridor-2026-Journey';
/** A unified social credit code of the journey's own (a Chongqing or Guangxi firm's). */
const freshUscc = (region: string): string => randomUscc(`91${region}`);

interface Organisation {
  readonly id: string;
  readonly party: string;
  readonly token: string;
  readonly uscc?: string;
  readonly nationalId?: string;
}

interface Registration {
  readonly nameEn: string;
  readonly nameZh?: string;
  readonly country: string;
  readonly uscc?: string;
  readonly nationalId?: string;
  readonly provinceCode?: string;
  readonly customsOffice?: string;
  readonly kinds: readonly string[];
}

/**
 * The corridor's reference shipment, lived through the public HTTP API of two province nodes:
 * a Chongqing exporter ships laptops and phones by rail to Qinzhou and by sea to Laem Chabang,
 * enters the shipment once, and every filing, the bill of lading and the Guangxi port's
 * manifest are made from it. Each step checks its answer; the report says what happened.
 */
export class CorridorJourney {
  private readonly cq: NodeClient;
  private readonly gx: NodeClient;
  private readonly steps: JourneyStep[] = [];
  private readonly tag = randomUUID().slice(0, 6);
  private readonly patience: number;
  private cqOperator = '';

  constructor(private readonly options: JourneyOptions) {
    this.cq = new NodeClient('CQ', options.chongqing.baseUrl);
    this.gx = new NodeClient('GX', options.guangxi.baseUrl);
    this.patience = options.patienceMs ?? 30_000;
  }

  async run(): Promise<JourneyReport> {
    const { cq, gx } = this;
    const say = this.step.bind(this);

    // 1. Everyone the shipment needs, registered and approved on their own province's node.
    const cqOperator = await this.operatorToken(cq, this.options.chongqing);
    this.cqOperator = cqOperator;
    const gxOperator = await this.operatorToken(gx, this.options.guangxi);
    await cq.ok('POST', '/identity/partners', 201, { token: cqOperator, json: { provinceCode: 'GX', baseUrl: gx.baseUrl, jwksUrl: `${gx.baseUrl}/.well-known/jwks.json` } });
    await gx.ok('POST', '/identity/partners', 201, { token: gxOperator, json: { provinceCode: 'CQ', baseUrl: cq.baseUrl, jwksUrl: `${cq.baseUrl}/.well-known/jwks.json` } });
    await cq.ok('PUT', '/exchange/agreements/GX', 200, { token: cqOperator, json: { kinds: ['DOSSIER', 'BILL_EVENT'] } });
    await gx.ok('PUT', '/exchange/agreements/CQ', 200, { token: gxOperator, json: { kinds: ['DOSSIER', 'BILL_EVENT'] } });
    say(1, 'CQ', 'node operators', 'trusted each other and agreed on sharing dossiers and bill events', 'CQ ⇄ GX');
    const thaiId = `0105${randomInt(100_000_000, 999_999_999)}`;
    const [exporter, broker, carrier, bank, consignee, cqCustoms] = await Promise.all([
      this.register(cq, cqOperator, 'Exporter', { nameZh: '重庆渝新电子有限公司', nameEn: 'Chongqing Yuxin Electronics Co., Ltd.', country: 'CN', uscc: freshUscc('500106'), provinceCode: 'CQ', kinds: ['TRADER'] }),
      this.register(cq, cqOperator, 'Broker', { nameZh: '重庆两江报关有限公司', nameEn: 'Chongqing Liangjiang Customs Brokerage Co., Ltd.', country: 'CN', uscc: freshUscc('500112'), provinceCode: 'CQ', kinds: ['CUSTOMS_BROKER'] }),
      this.register(cq, cqOperator, 'Carrier', { nameZh: '重庆陆海新通道物流有限公司', nameEn: 'Chongqing Land-Sea Corridor Logistics Co., Ltd.', country: 'CN', uscc: freshUscc('500000'), provinceCode: 'CQ', kinds: ['CARRIER'] }),
      this.register(cq, cqOperator, 'Bank', { nameZh: '重庆银行', nameEn: 'Bank of Chongqing', country: 'CN', uscc: freshUscc('500103'), provinceCode: 'CQ', kinds: ['BANK'] }),
      this.register(cq, cqOperator, 'Consignee', { nameEn: 'Siam Digital Trading Co., Ltd.', country: 'TH', nationalId: thaiId, kinds: ['TRADER'] }),
      this.register(cq, cqOperator, 'Chongqing Customs', { nameZh: '重庆海关', nameEn: 'Chongqing Customs', country: 'CN', uscc: freshUscc('500000'), provinceCode: 'CQ', customsOffice: '8001', kinds: ['CUSTOMS'] }),
    ]);
    const [port, qinzhouCustoms] = await Promise.all([
      this.register(gx, gxOperator, 'Port Operator', { nameZh: '北部湾港钦州码头有限公司', nameEn: 'Beibu Gulf Port Qinzhou Terminal Co., Ltd.', country: 'CN', uscc: freshUscc('450700'), provinceCode: 'GX', kinds: ['PORT_OPERATOR'] }),
      this.register(gx, gxOperator, 'Qinzhou Customs', { nameZh: '钦州港海关', nameEn: 'Qinzhou Port Customs', country: 'CN', uscc: freshUscc('450700'), provinceCode: 'GX', customsOffice: '7211', kinds: ['CUSTOMS'] }),
    ]);
    const [cqOfficer, qinzhouOfficer] = await Promise.all([this.officer(cq, cqCustoms, 'chongqing'), this.officer(gx, qinzhouCustoms, 'qinzhou')]);
    say(1, 'CQ', 'node operator', 'approved exporter, broker, carrier, bank, Thai consignee and Chongqing customs (8001)', 'APPROVED');
    say(1, 'GX', 'node operator', "approved Qinzhou's port operator and Qinzhou customs (7211)", 'APPROVED');

    // 2. The exporter lets Guangxi's node have its dossiers, uploads its own spreadsheets, and enters the shipment once.
    await cq.ok('POST', '/exchange/consents', 201, { token: exporter.token, json: { partnerNode: 'GX', kind: 'DOSSIER' } });
    say(2, 'CQ', 'exporter', 'consented to share its dossiers with Guangxi, where the port is', 'CONSENTED');
    const invoice = await this.upload(exporter, 'invoice', 'invoice.xlsx', this.options.workbooks.invoice);
    const packing = await this.upload(exporter, 'packingList', 'packing-list.xlsx', this.options.workbooks.packingList);
    say(2, 'CQ', 'exporter', `uploaded invoice.xlsx (${invoice.lines.length} lines) and packing-list.xlsx (${packing.lines.length} lines)`, 'READ');
    const reference = `YX-${this.tag.toUpperCase()}`;
    const document = this.shipment(reference, { exporter, broker, carrier, thaiId }, invoice.lines, packing.lines);
    const dossier = await cq.ok('POST', '/declarations/dossiers', 201, { token: exporter.token, json: document });
    if (dossier.status !== 'READY') throw new Error(`The dossier is not ready to file: ${JSON.stringify(dossier.findings)}`);
    const filings = await cq.ok<FilingView[]>('GET', `/declarations/dossiers/${dossier.id}/filings`, 200, { token: exporter.token });
    say(2, 'CQ', 'exporter', `entered dossier ${reference} once; derived: ${filings.map((f) => `${f.kind}:${f.key}`).join(', ')}`, dossier.status);

    // 3. The export declaration goes to Chongqing customs, which accepts and releases it.
    const declaration = filings.find((f) => f.kind === 'CN_EXPORT_DECLARATION') as FilingView;
    const submitted = await cq.ok('POST', `/declarations/filings/${declaration.id}/submit`, 200, { token: broker.token });
    say(3, 'CQ', 'customs broker', 'submitted the export declaration (报关单) on the exporter’s behalf, as the declarant the dossier names', `${submitted.status} to ${submitted.addressedTo}`);
    const statuses: string[] = [submitted.status];
    for (const [decision, did] of [['ACCEPT', 'accepted the export declaration (受理)'], ['RELEASE', 'released the goods for export (放行)']]) {
      const answered = await cq.ok('POST', `/declarations/authority/filings/${declaration.id}/receipts`, 200, { token: cqOfficer, json: { decision } });
      statuses.push(answered.status);
      say(3, 'CQ', 'Chongqing customs officer', did, answered.status);
    }

    // 4. The carrier issues one bill for the whole rail-sea journey, from the dossier.
    const number = `CQLS${Date.now().toString().slice(-10)}`;
    const bill = await cq.ok('POST', '/bills', 201, { token: carrier.token, json: { dossierId: dossier.id, number, kind: 'TO_ORDER' } });
    const legs = (bill.document.route.legs as Array<{ mode: string; from: string; to: string }>).map((l) => `${l.mode} ${l.from}→${l.to}`);
    say(4, 'CQ', 'carrier', `issued 一单制 bill ${number}: ${legs.join(', ')}`, `${bill.state}, held by the exporter`);
    const dcsa = await cq.ok('GET', `/bills/${bill.id}/dcsa`, 200, { token: exporter.token });
    const dcsaCargo = (dcsa.consignmentItems as Array<{ cargoItems: Array<{ equipmentReference: string }> }>).map((item) => item.cargoItems.map((c) => c.equipmentReference));
    say(4, 'CQ', 'exporter', 'exported the bill as a DCSA eBL 3.0.4 transport document', `${dcsa.utilizedTransportEquipments.length} containers`);
    const states: string[] = [bill.state];

    // 5. Pledged for financing, released when paid, endorsed to the Thai buyer, who accepts.
    const names = new Map([exporter, bank, consignee, carrier].map((o, i) => [o.party, ['the exporter', 'the bank', 'the Thai consignee', 'the carrier'][i]]));
    const billStep = async (stage: number, who: string, actor: Organisation, action: string, did: string, json: object = {}) => {
      const answer = await cq.ok('POST', `/bills/${bill.id}/${action}`, 200, { token: actor.token, json });
      states.push(answer.bill.state);
      say(stage, 'CQ', who, did, `${answer.bill.state}, held by ${names.get(answer.bill.holder.party) ?? answer.bill.holder.party}`);
    };
    await billStep(5, 'exporter', exporter, 'pledge', 'pledged the bill to the bank for a loan (数字提单质押融资)', { bank: { uscc: bank.uscc } });
    await billStep(5, 'bank', bank, 'pledge/release', 'released the pledge when the loan was repaid');
    await billStep(5, 'exporter', exporter, 'transfer', 'endorsed the bill to the Thai consignee', { to: { country: 'TH', nationalId: thaiId } });
    await billStep(5, 'Thai consignee', consignee, 'transfer/accept', 'accepted the endorsement');

    // 6. At Guangxi: the dossier has arrived; the port operator takes it over and files the sea manifest; the bill verifies with Chongqing's keys.
    const adopted = await eventually(
      'the dossier to reach Guangxi',
      async () => {
        const answer = await gx.call('POST', '/declarations/dossiers/adopt', { token: port.token, json: { sourceNode: 'CQ', dossierId: dossier.id } });
        return answer.status === 201 ? answer.body : undefined;
      },
      this.patience,
      () => this.deliveryTrouble(),
    );
    say(6, 'GX', 'port operator', `took over dossier ${reference} shared from Chongqing, every filing derived again`, adopted.status);
    const gxFilings = await gx.ok<FilingView[]>('GET', `/declarations/dossiers/${adopted.id}/filings`, 200, { token: port.token });
    const manifest = gxFilings.find((f) => f.kind === 'CARGO_MANIFEST' && f.content.route?.loadingPlace === 'CNQZH') as FilingView;
    const filed = await gx.ok('POST', `/declarations/filings/${manifest.id}/submit`, 200, { token: port.token });
    const inbox = await gx.ok<Array<{ id: string }>>('GET', '/declarations/authority/filings', 200, { token: qinzhouOfficer });
    say(6, 'GX', 'port operator', 'filed the Qinzhou sea manifest (舱单) from the same data, nothing keyed', `${filed.status} to ${filed.addressedTo}`);
    const verifiedHeld = await this.verifiedAtGuangxi(number, carrier.party, 'HELD', states.length);
    say(6, 'GX', 'port operator', `verified bill ${number} with Chongqing's keys`, `${verifiedHeld.valid ? 'VALID' : 'INVALID'}, ${verifiedHeld.state}`);

    // 7. The consignee surrenders the bill at Laem Chabang; the carrier accepts; the bill is accomplished.
    await billStep(7, 'Thai consignee', consignee, 'surrender', 'surrendered the bill at Laem Chabang for delivery', { purpose: 'DELIVERY' });
    await billStep(7, 'carrier', carrier, 'surrender/accept', 'accepted the surrender and delivered the goods');
    const verified = await this.verifiedAtGuangxi(number, carrier.party, 'ACCOMPLISHED', states.length);
    say(7, 'GX', 'anyone', `verified bill ${number} again at Guangxi`, `${verified.valid ? 'VALID' : 'INVALID'}, ${verified.state}`);

    // 8. 一键跟踪 at Chongqing: every step, with the deliveries to Guangxi.
    const timeline = await eventually(
      'the timeline to show the surrender and the deliveries to Guangxi',
      async () => {
        const lines = await cq.ok<TimelineLine[]>('GET', `/declarations/dossiers/${dossier.id}/timeline`, 200, { token: exporter.token });
        const accomplished = lines.some((l) => l.kind === 'BILL_EVENT' && l.ref.action === 'ACCEPT_SURRENDER');
        const delivered = lines.filter((l) => l.kind === 'EXCHANGE_DELIVERY').length;
        return accomplished && delivered >= 2 ? lines : undefined;
      },
      this.patience,
      () => this.deliveryTrouble(),
    );
    say(8, 'CQ', 'exporter', 'opened the 一键跟踪 timeline', `${timeline.length} entries`);

    const keyedInFilings = dossier.reuse.keyed as number;
    const filledAtChongqing = dossier.reuse.filledFromDossier as number;
    // Guangxi derives every filing too, but counts only what its port actually files: the sea manifest.
    const filledAtGuangxi = Object.values(manifest.provenance).filter((p) => !('keyed' in p)).length;
    const keyedOnce = dossier.reuse.dossierFieldsUsed as number;
    const fromSpreadsheets = [...invoice.lines, ...packing.lines].reduce((n, line) => n + Object.keys(line.values).length, 0);
    return {
      steps: this.steps,
      imported: { invoiceLines: invoice.lines.length, packingLines: packing.lines.length, problems: invoice.problems.length + packing.problems.length },
      dossier: {
        id: dossier.id,
        reference,
        status: dossier.status,
        errors: (dossier.findings as Array<{ severity: string }>).filter((f) => f.severity === 'ERROR').length,
        filings: filings.map((f) => `${f.kind}:${f.key}`),
        reuse: dossier.reuse,
      },
      exportDeclaration: { id: declaration.id, addressedTo: submitted.addressedTo, statuses },
      bill: { id: bill.id, number, legs, dcsaCargo, states, verifiedAtGuangxi: { node: verified.node, valid: verified.valid, state: verified.state, entries: verified.entries.length } },
      guangxi: {
        dossierId: adopted.id,
        reuse: adopted.reuse,
        manifest: { id: manifest.id, status: filed.status, addressedTo: filed.addressedTo, loadingPlace: manifest.content.route?.loadingPlace ?? '', inQinzhouInbox: inbox.some((f) => f.id === manifest.id) },
      },
      timeline,
      reuse: { keyedOnce, fromSpreadsheets, keyedInFilings, filledAtChongqing, filledAtGuangxi, ratio: Math.round(((filledAtChongqing + filledAtGuangxi) / keyedOnce) * 100) / 100 },
    };
  }

  /** What the exporter keyed once: the contract, parties and transport, and the lines its own spreadsheets gave. */
  private shipment(
    reference: string,
    parties: { exporter: Organisation; broker: Organisation; carrier: Organisation; thaiId: string },
    invoiceLines: readonly ImportedLine[],
    packingLines: readonly ImportedLine[],
  ): Dossier {
    const base = sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference });
    const declarant = { uscc: parties.broker.uscc as string, country: 'CN', name: 'Chongqing Liangjiang Customs Brokerage Co., Ltd. 重庆两江报关有限公司', address: '2 Jinyu Avenue, Yubei District, Chongqing' };
    const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));
    return {
      ...base,
      parties: { ...base.parties, declarant },
      invoice: {
        ...base.invoice,
        lines: invoiceLines.map(({ values: v }) => ({
          lineNo: Number(v.lineNo),
          productNameZh: String(v.productNameZh),
          productNameEn: String(v.productNameEn),
          model: text(v.model),
          hsCode: String(v.hsCode),
          originCountry: String(v.originCountry),
          quantity: String(v.quantity),
          unit: String(v.unit),
          unitPrice: String(v.unitPrice),
          amount: String(v.amount),
        })),
      },
      packingList: {
        ...base.packingList,
        lines: packingLines.map(({ values: v }) => ({
          lineNo: Number(v.lineNo),
          quantity: String(v.quantity),
          packages: Number(v.packages),
          packageKind: String(v.packageKind),
          netWeightKg: String(v.netWeightKg),
          grossWeightKg: String(v.grossWeightKg),
          volumeM3: text(v.volumeM3),
          marks: text(v.marks),
          ...(v.container ? { stowage: [{ container: String(v.container) }] } : {}),
        })),
      },
      // Two containers, as examples/corridor/shipment.json: the packing list says which line is in which.
      transport: {
        ...base.transport,
        containers: [
          { number: 'TGHU8765436', sizeType: '45G1', seals: ['CQ2026104512'], packages: 40, grossWeightKg: '1040.000' },
          { number: 'MSKU1234565', sizeType: '22G1', seals: ['CQ2026104513'], packages: 25, grossWeightKg: '215.000' },
        ],
      },
      customs: { ...base.customs, preferenceScheme: 'RCEP' },
    } as Dossier;
  }

  private async upload(exporter: Organisation, document: 'invoice' | 'packingList', name: string, data: Uint8Array): Promise<{ lines: ImportedLine[]; problems: unknown[] }> {
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const read = await this.cq.ok('POST', `/declarations/imports?document=${document}`, 200, { token: exporter.token, file: { field: 'file', name, type, data } });
    if (read.problems.length > 0) throw new Error(`${name} has cells that could not be read: ${JSON.stringify(read.problems)}`);
    return read;
  }

  /**
   * Why Chongqing's deliveries have not reached Guangxi, from Chongqing's own records: its latest
   * delivery to Guangxi (a refusal, an unreachable node, or the circuit held open after failures)
   * and the dead letters waiting for an operator's replay.
   */
  private async deliveryTrouble(): Promise<string> {
    const token = this.cqOperator;
    let last: { outcome: string; detail: unknown; finishedAt: string | null } | undefined;
    for (let after = '0', page = 0; page < 50; page += 1) {
      const entries = await this.cq.ok<Array<{ id: string; outcome: string; detail: unknown; finishedAt: string | null }>>('GET', `/exchange/messages?partner=GX&direction=OUT&after=${after}&limit=100`, 200, { token });
      last = entries.at(-1) ?? last;
      if (entries.length < 100) break;
      after = entries[entries.length - 1].id;
    }
    const letters = await this.cq.ok<Array<{ queue: string; error: string }>>('GET', '/ops/dead-letters?pending=true&limit=3', 200, { token });
    const delivery = last ? `Chongqing's latest delivery to Guangxi: ${last.outcome}${last.detail ? ` (${JSON.stringify(last.detail)})` : ''}` : 'Chongqing has sent nothing to Guangxi';
    const dead = letters.length ? `; dead letters waiting at Chongqing's /ops/dead-letters: ${letters.map((l) => `${l.queue}: ${l.error}`).join('; ')}` : '';
    return `${delivery}${dead}`;
  }

  /** The public verification at Guangxi, once the bill's events have arrived there. */
  private verifiedAtGuangxi(number: string, carrier: string, state: string, entries: number) {
    return eventually(
      `bill ${number} to be ${state} at Guangxi`,
      async () => {
        const answer = await this.gx.call('GET', `/bills/verify?number=${number}&carrier=${encodeURIComponent(carrier)}`);
        return answer.status === 200 && answer.body.state === state && answer.body.entries.length === entries ? (answer.body as Verification) : undefined;
      },
      this.patience,
      () => this.deliveryTrouble(),
    );
  }

  private step(stage: number, node: 'CQ' | 'GX', who: string, did: string, result: string): void {
    const step = { stage, node, who, did, result };
    this.steps.push(step);
    this.options.say?.(step);
  }

  private async operatorToken(node: NodeClient, access: NodeAccess): Promise<string> {
    const answer = await node.ok('POST', '/oauth/token', 200, { form: { grant_type: 'password', username: access.operator.email, password: access.operator.password } });
    return answer.access_token as string;
  }

  private async signIn(node: NodeClient, email: string): Promise<string> {
    return (await node.ok('POST', '/oauth/token', 200, { form: { grant_type: 'password', username: email, password: PASSWORD } })).access_token as string;
  }

  /** Registers an organisation with its first administrator, has the operator approve it, and signs the administrator in. */
  private async register(node: NodeClient, operator: string, who: string, registration: Registration): Promise<Organisation> {
    const email = `${who.toLowerCase().replace(/[^a-z]+/g, '-')}-${this.tag}@journey.example`;
    const created = await node.ok('POST', '/identity/organisations', 201, { json: { ...registration, admin: { email, displayName: who, password: PASSWORD } } });
    await node.ok('POST', `/identity/organisations/${created.organisation.id}/review`, 200, { token: operator, json: { decision: 'APPROVE' } });
    const party = registration.uscc ? `USCC:${registration.uscc}` : `${registration.country}:${registration.nationalId}`;
    return { id: created.organisation.id, party, token: await this.signIn(node, email), uscc: registration.uscc, nationalId: registration.nationalId };
  }

  /** An officer of a customs organisation: invited by its administrator with the CUSTOMS_OFFICER role. */
  private async officer(node: NodeClient, authority: Organisation, name: string): Promise<string> {
    const email = `officer-${name}-${this.tag}@customs.example`;
    const invitation = await node.ok('POST', '/identity/people', 201, { token: authority.token, json: { email, displayName: name, roles: ['CUSTOMS_OFFICER'] } });
    await node.ok('POST', '/identity/invitations/accept', 204, { json: { invitationToken: invitation.invitationToken, password: PASSWORD } });
    return this.signIn(node, email);
  }
}
