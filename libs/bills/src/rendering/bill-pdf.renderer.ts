import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { BillState } from '../bills/bill-state-machine.js';
import type { BillDocument, BillParty } from '../bills/bill-document.js';
import type { BillEntity } from '../bills/bill.entity.js';
import { fontFile, fontRuns, type FontWeight } from './noto-sans-sc.font.js';

/** What the printout shows: the signed document and where the bill stands now. */
export type PrintableBill = Pick<BillEntity, 'document' | 'documentChecksum' | 'state' | 'holderParty' | 'pendingParty' | 'pledgeeParty'>;

/** The public page a bank or customs officer reaches from the printed QR code. */
export function billVerificationUrl(publicBaseUrl: string, bill: Pick<BillEntity, 'number' | 'carrierParty'>): string {
  const query = new URLSearchParams({ number: bill.number, carrier: bill.carrierParty });
  return `${publicBaseUrl.replace(/\/+$/, '')}/bills/verify?${query}`;
}

/** The QR code as PNG; medium error correction survives a stamp or a fold over part of it. */
export function verificationQr(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 0, scale: 6 });
}

export function billPdfFilename(number: string): string {
  return `bill-of-lading-${number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}

const STATES: Record<BillState, string> = {
  HELD: 'HELD 持有中',
  TRANSFER_PENDING: 'TRANSFER PENDING 转让待接受',
  PLEDGED: 'PLEDGED 已质押',
  SURRENDER_PENDING: 'SURRENDER PENDING 交单待确认',
  ACCOMPLISHED: 'ACCOMPLISHED 已提货',
  VOID: 'VOID 已作废',
  TRANSFERRED_OUT: 'TRANSFERRED OUT 已转出至其他平台',
};
/** A bill that no longer carries title says so across every page, so a copy cannot pass for live. */
const STAMPS: Partial<Record<BillState, string>> = { ACCOMPLISHED: 'ACCOMPLISHED 已提货', VOID: 'VOID 作废' };
const MODES: Record<string, string> = { RAIL: 'RAIL 铁路', SEA: 'SEA 海运', ROAD: 'ROAD 公路', AIR: 'AIR 航空' };

const A4 = { width: 595.28, height: 841.89 };
const LEFT = 28;
const WIDTH = A4.width - 2 * LEFT;
const BOTTOM = A4.height - 40;
const PAD = 4;
const GREY = '#555555';
const RULE = '#333333';

interface TextStyle {
  readonly size?: number;
  readonly weight?: FontWeight;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
}

/** PDFKit with the slices of the CJK font: every string is drawn as runs, one slice each. */
class Sheet {
  private readonly fonts = new Set<string>();
  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Draws text wrapped to the width, line by line, and returns where it ends. */
  text(value: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    this.doc.fontSize(style.size ?? 8).fillColor(style.color ?? 'black');
    let bottom = y;
    for (const line of value.split('\n')) bottom = this.line(line, x, bottom, width, style);
    return bottom;
  }

  private line(value: string, x: number, y: number, width: number, style: TextStyle): number {
    const runs = fontRuns(value, style.weight ?? 400);
    if (runs.length === 0) return y;
    // PDFKit aligns each run of a continued line on its own: place a line that fits by hand instead.
    const measured = runs.reduce((sum, run) => sum + this.use(run.font).widthOfString(run.text), 0);
    const offset = measured > width ? 0 : style.align === 'right' ? width - measured : style.align === 'center' ? (width - measured) / 2 : 0;
    runs.forEach((run, i) => {
      this.use(run.font);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, x + offset, y, { width: width - offset, continued });
      else this.doc.text(run.text, { continued });
    });
    return this.doc.y;
  }

  private use(font: string): PDFKit.PDFDocument {
    if (!this.fonts.has(font)) {
      this.doc.registerFont(font, fontFile(font));
      this.fonts.add(font);
    }
    return this.doc.font(font);
  }

  /** A labelled cell: a small bilingual caption, then its lines; returns where the content ends. */
  cell(label: string, lines: ReadonlyArray<readonly [string, TextStyle?]>, x: number, y: number, width: number): number {
    let bottom = this.text(label, x + PAD, y + PAD, width - 2 * PAD, { size: 6, color: GREY });
    for (const [line, style] of lines) if (line) bottom = this.text(line, x + PAD, bottom + 1, width - 2 * PAD, style);
    return bottom + PAD;
  }

  box(x: number, y: number, width: number, height: number): void {
    this.doc.lineWidth(0.6).strokeColor(RULE).rect(x, y, width, height).stroke();
  }

  /** A row of cells side by side, boxed to the tallest. */
  row(cells: ReadonlyArray<{ label: string; lines: ReadonlyArray<readonly [string, TextStyle?]>; width: number }>, y: number): number {
    let x = LEFT;
    const bottom = Math.max(
      ...cells.map((cell) => {
        const end = this.cell(cell.label, cell.lines, x, y, cell.width);
        x += cell.width;
        return end;
      }),
    );
    x = LEFT;
    for (const cell of cells) {
      this.box(x, y, cell.width, bottom - y);
      x += cell.width;
    }
    return bottom;
  }
}

interface Column {
  readonly label: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/**
 * The 一单制 bill as people print it for banks, consignees and customs: the layout of a
 * multimodal bill of lading, with the QR code of its public verification page. Pure: the same
 * bill in the same state gives the same bytes (the creation date is the date of issue).
 */
export async function renderBillPdf(bill: PrintableBill, verificationUrl: string): Promise<Buffer> {
  const d = bill.document;
  const qr = await verificationQr(verificationUrl);
  const doc = new PDFDocument({
    size: 'A4',
    // Layout is placed by hand; the document margin only stops PDFKit from paging on its own.
    margin: 10,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `Bill of lading ${d.number} 一单制多式联运提单`,
      Author: d.carrier.name,
      Subject: 'Multimodal Transport Bill of Lading 一单制多式联运提单',
      Keywords: `${d.number} ${d.carrier.id}`,
      Creator: 'Landsea',
      CreationDate: new Date(d.issuedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const sheet = new Sheet(doc);
  let y = header(sheet, d, bill.state);
  y = parties(sheet, d, qr, verificationUrl, y);
  y = sheet.row(
    [
      { label: 'Place of receipt 收货地', lines: [[d.route.placeOfReceipt, { size: 9, weight: 700 }]], width: WIDTH / 4 },
      { label: 'Port of loading 装货港', lines: [[d.route.portOfLoading, { size: 9, weight: 700 }]], width: WIDTH / 4 },
      { label: 'Port of discharge 卸货港', lines: [[d.route.portOfDischarge, { size: 9, weight: 700 }]], width: WIDTH / 4 },
      { label: 'Place of delivery 交货地', lines: [[d.route.placeOfDelivery, { size: 9, weight: 700 }]], width: WIDTH / 4 },
    ],
    y,
  );
  y = table(
    sheet,
    y + 8,
    'Transport legs 运输区段',
    [
      { label: 'No.', width: 24 },
      { label: 'Mode 方式', width: 60 },
      { label: 'From → To 起运地 → 目的地', width: 125 },
      { label: 'Train / Vessel, voyage 班列 / 船名航次', width: 170 },
      { label: 'Departure 预计开出', width: 80 },
      { label: 'Arrival 预计到达', width: WIDTH - 459 },
    ],
    d.route.legs.map((leg) => [
      String(leg.sequence),
      MODES[leg.mode] ?? leg.mode,
      `${leg.from} → ${leg.to}`,
      leg.trainNumber ?? [leg.vesselName, leg.voyageNumber].filter(Boolean).join(' / '),
      leg.plannedDeparture.slice(0, 10),
      leg.plannedArrival.slice(0, 10),
    ]),
  );
  y = table(
    sheet,
    y + 8,
    'Particulars furnished by the shipper 托运人申报的货物信息',
    [
      { label: 'Marks 唛头', width: 90 },
      { label: 'Packages 件数', width: 60, align: 'right' },
      { label: 'Description of goods 货物描述', width: 180 },
      { label: 'HS 税号', width: 50 },
      { label: 'Gross kg 毛重', width: 80, align: 'right' },
      { label: 'Volume m³ 体积', width: WIDTH - 460, align: 'right' },
    ],
    [
      ...d.cargo.map((line) => [
        line.marks ?? '',
        `${line.packages} ${line.packageKind}`,
        [line.description, line.descriptionZh].filter(Boolean).join('\n'),
        line.hsCode,
        line.grossWeightKg,
        line.volumeM3 ?? '',
      ]),
      ['Total 合计', `${d.totals.packages}`, '', '', d.totals.grossWeightKg, d.totals.volumeM3],
    ],
  );
  if (d.containers.length > 0) {
    y = table(
      sheet,
      y + 8,
      'Containers and seals 集装箱及封志',
      [
        { label: 'Container 箱号', width: 130 },
        { label: 'Size / type 箱型', width: 80 },
        { label: 'Seals 封志号', width: WIDTH - 210 },
      ],
      d.containers.map((c) => [c.number, c.sizeType, c.seals.join(', ')]),
    );
  }
  closing(sheet, bill, ensure(sheet, y + 8, 150));
  footer(sheet, d.number, bill.state);
  doc.end();
  return done;
}

function header(sheet: Sheet, d: BillDocument, state: BillState): number {
  const top = 28;
  sheet.text('一单制多式联运提单', LEFT, top, 330, { size: 17, weight: 700 });
  sheet.text('MULTIMODAL TRANSPORT BILL OF LADING', LEFT, top + 24, 330, { size: 10, weight: 700 });
  const kind =
    d.kind === 'TO_ORDER' ? 'TO ORDER, negotiable by endorsement 指示提单，可背书转让' : 'STRAIGHT, not negotiable 记名提单，不可转让';
  sheet.text(kind, LEFT, top + 39, 330, { size: 8 });
  const right = LEFT + WIDTH - 200;
  const bottom = Math.max(
    sheet.cell('B/L No. 提单号', [[d.number, { size: 13, weight: 700 }], [`State 状态: ${STATES[state]}`, { size: 8, weight: 700, color: STAMPS[state] ? '#b00020' : 'black' }]], right, top, 200),
    top + 52,
  );
  sheet.box(right, top, 200, bottom - top);
  return bottom + 6;
}

function partyLines(party: BillParty | null): Array<readonly [string, TextStyle?]> {
  if (!party) return [['—']];
  return [[party.name, { size: 9, weight: 700 }], [party.address ?? ''], [`${party.id} · ${party.country}`, { size: 7, color: GREY }]];
}

/** Shipper, consignee and notify party on the left; the carrier and the QR code on the right. */
function parties(sheet: Sheet, d: BillDocument, qr: Buffer, url: string, top: number): number {
  const leftWidth = 320;
  const rightWidth = WIDTH - leftWidth;
  const consignee: Array<readonly [string, TextStyle?]> = d.toOrderOf
    ? [['TO ORDER OF 凭以下指示', { size: 8, weight: 700 }], ...partyLines(d.toOrderOf)]
    : partyLines(d.consignee);
  const left = [
    { label: 'Shipper 托运人', lines: partyLines(d.shipper) },
    { label: d.toOrderOf ? 'Consignee 收货人 (to order 指示)' : 'Consignee 收货人', lines: consignee },
    { label: 'Notify party 通知方', lines: partyLines(d.notifyParty) },
  ];
  const edges = [top];
  for (const cell of left) edges.push(sheet.cell(cell.label, cell.lines, LEFT, edges.at(-1) as number, leftWidth));

  const x = LEFT + leftWidth;
  const carrierBottom = sheet.cell('Carrier 承运人', partyLines(d.carrier), x, top, rightWidth);
  const qrSize = 96;
  sheet.text('Verify this bill 扫码核验提单', x + PAD, carrierBottom + PAD, rightWidth - 2 * PAD, { size: 6, color: GREY });
  sheet.doc.image(qr, x + PAD, carrierBottom + PAD + 10, { width: qrSize, height: qrSize });
  sheet.text(
    'The electronic record is the bill: scan to see who holds it now. 本件为电子提单打印件，物权以电子记录为准，请扫码核验当前状态。',
    x + qrSize + 2 * PAD,
    carrierBottom + PAD + 10,
    rightWidth - qrSize - 3 * PAD,
    { size: 7 },
  );
  const urlBottom = sheet.text(url, x + PAD, carrierBottom + qrSize + 2 * PAD + 12, rightWidth - 2 * PAD, { size: 6, color: GREY });

  const bottom = Math.max(edges.at(-1) as number, urlBottom + PAD);
  edges[edges.length - 1] = bottom;
  for (let i = 0; i < left.length; i++) sheet.box(LEFT, edges[i], leftWidth, edges[i + 1] - edges[i]);
  sheet.box(x, top, rightWidth, carrierBottom - top);
  sheet.box(x, carrierBottom, rightWidth, bottom - carrierBottom);
  return bottom;
}

/** A ruled table that carries on to the next page, its heading repeated. */
function table(sheet: Sheet, top: number, title: string, columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): number {
  const heading = (y: number) => {
    sheet.text(title, LEFT, y, WIDTH, { size: 8, weight: 700 });
    const labelsTop = y + 12;
    let x = LEFT;
    const bottom = Math.max(
      ...columns.map((column) => {
        const end = sheet.text(column.label, x + PAD, labelsTop + 2, column.width - 2 * PAD, { size: 6, color: GREY, align: column.align });
        x += column.width;
        return end;
      }),
    );
    sheet.doc.lineWidth(0.6).strokeColor(RULE).moveTo(LEFT, labelsTop).lineTo(LEFT + WIDTH, labelsTop).stroke();
    sheet.doc.lineWidth(0.3).moveTo(LEFT, bottom + 2).lineTo(LEFT + WIDTH, bottom + 2).stroke();
    return bottom + 4;
  };
  let y = heading(ensure(sheet, top, 50));
  for (const row of rows) {
    const estimate = Math.max(...row.map((value, i) => lineCount(value, columns[i].width - 2 * PAD, 8))) * 10 + 4;
    if (y + estimate > BOTTOM) y = heading(newPage(sheet));
    let x = LEFT;
    const bottom = Math.max(
      ...row.map((value, i) => {
        const end = sheet.text(value, x + PAD, y + 2, columns[i].width - 2 * PAD, { size: 8, align: columns[i].align });
        x += columns[i].width;
        return end;
      }),
    );
    y = bottom + 2;
    sheet.doc.lineWidth(0.3).strokeColor('#999999').moveTo(LEFT, y).lineTo(LEFT + WIDTH, y).stroke();
  }
  return y;
}

/** Freight, issue, and the record that makes this paper checkable: checksum, state and holder. */
function closing(sheet: Sheet, bill: PrintableBill, top: number): number {
  const d = bill.document;
  const half = WIDTH / 3;
  let y = sheet.row(
    [
      { label: 'Freight 运费', lines: [[d.freightPayment === 'PREPAID' ? 'FREIGHT PREPAID 运费预付' : 'FREIGHT COLLECT 运费到付', { size: 9, weight: 700 }]], width: half },
      { label: 'Place and date of issue 签发地点及日期', lines: [[`${d.placeOfIssue}  ${d.issuedAt.slice(0, 10)}`, { size: 9, weight: 700 }]], width: half },
      { label: 'Dossier 单证', lines: [[d.dossier ? `${d.dossier.reference} v${d.dossier.version}` : 'received from another eBL platform 来自其他平台', { size: 9 }]], width: WIDTH - 2 * half },
    ],
    top,
  );
  const named = (party: string | null) => (party ? `${nameOf(d, party)}` : '');
  y = sheet.row(
    [
      {
        label: 'Electronic record 电子记录',
        lines: [
          [`State 状态: ${STATES[bill.state]}`, { size: 8, weight: 700 }],
          [`Holder 持有人: ${named(bill.holderParty)}`],
          [bill.pendingParty ? `Offered to 待接受方: ${named(bill.pendingParty)}` : ''],
          [bill.pledgeeParty ? `Pledged to 质权人: ${named(bill.pledgeeParty)}` : ''],
          [d.replaces ? `Replaces bill 替代提单: ${d.replaces}` : ''],
          [`Document SHA-256 单据校验值: ${bill.documentChecksum}`, { size: 7 }],
        ],
        width: WIDTH,
      },
    ],
    y,
  );
  return sheet.text(
    `Issued by the carrier named above as a multimodal transport document for the carriage of the goods described, from the place of receipt to the place of delivery. 承运人签发本多式联运提单，负责上述货物自收货地至交货地的全程运输。`,
    LEFT,
    y + 6,
    WIDTH,
    { size: 6.5, color: GREY },
  );
}

/** Page numbers and, on a bill that no longer carries title, the stamp across every page. */
function footer(sheet: Sheet, number: string, state: BillState): void {
  const range = sheet.doc.bufferedPageRange();
  const stamp = STAMPS[state];
  for (let i = range.start; i < range.start + range.count; i++) {
    sheet.doc.switchToPage(i);
    sheet.text(`${number} · ${i + 1} / ${range.count}`, LEFT, A4.height - 30, WIDTH, { size: 7, color: GREY, align: 'right' });
    if (stamp) {
      sheet.doc.save().rotate(-35, { origin: [A4.width / 2, A4.height / 2] }).fillOpacity(0.22);
      sheet.text(stamp, 0, A4.height / 2 - 36, A4.width, { size: 60, weight: 700, color: '#b00020', align: 'center' });
      sheet.doc.restore();
    }
  }
}

function nameOf(d: BillDocument, party: string): string {
  const known = [d.carrier, d.shipper, d.consignee, d.toOrderOf, d.notifyParty].find((p) => p?.id === party);
  return known ? `${known.name} (${party})` : party;
}

function ensure(sheet: Sheet, y: number, height: number): number {
  return y + height > BOTTOM ? newPage(sheet) : y;
}

function newPage(sheet: Sheet): number {
  sheet.doc.addPage();
  return 28;
}

/** Lines a value takes in a column, roughly: Chinese characters are a full em wide, Latin about half. */
function lineCount(value: string, width: number, size: number): number {
  return value.split('\n').reduce((lines, line) => {
    const ems = [...line].reduce((sum, char) => sum + ((char.codePointAt(0) as number) > 0x2e80 ? 1 : 0.55), 0);
    return lines + Math.max(1, Math.ceil((ems * size) / width));
  }, 0);
}
