import { Decimal } from 'decimal.js';
import { currency, findLocation, locationServes, wrongContainerCheckDigit } from '@landsea/reference';
import { partyIdText } from '@landsea/auth';
import type { Dossier, Incoterm } from '../dossier.js';
import { stowedParts } from '../stowage.js';
import { error, type Finding, warning } from './finding.js';

type Rule = (dossier: Dossier) => Finding[];

const sum = (values: readonly string[]): Decimal => values.reduce((total, v) => total.plus(v), new Decimal(0));
const minorUnits = (code: string): number => currency(code)?.digits ?? 2;

const invoiceTotal: Rule = ({ invoice }) => {
  const lines = sum(invoice.lines.map((l) => l.amount));
  if (lines.equals(invoice.totalAmount)) return [];
  return [
    error(
      'INVOICE_TOTAL_MISMATCH',
      ['/invoice/totalAmount', ...invoice.lines.map((_, i) => `/invoice/lines/${i}/amount`)],
      `发票总金额 ${invoice.totalAmount} 与各行金额之和 ${lines.toFixed()} 不一致`,
      `The invoice total ${invoice.totalAmount} is not the sum of its lines, ${lines.toFixed()}`,
    ),
  ];
};

const lineAmounts: Rule = ({ invoice }) =>
  invoice.lines.flatMap((line, i) => {
    const expected = new Decimal(line.quantity).times(line.unitPrice).toDecimalPlaces(minorUnits(invoice.currency), Decimal.ROUND_HALF_UP);
    if (expected.equals(line.amount)) return [];
    return [
      error(
        'INVOICE_LINE_AMOUNT_MISMATCH',
        [`/invoice/lines/${i}/quantity`, `/invoice/lines/${i}/unitPrice`, `/invoice/lines/${i}/amount`],
        `第 ${line.lineNo} 行：数量 × 单价 = ${expected.toFixed()}，而金额为 ${line.amount}`,
        `Line ${line.lineNo}: quantity × unit price is ${expected.toFixed()}, but the amount is ${line.amount}`,
      ),
    ];
  });

const sameCurrency: Rule = ({ invoice, contract }) =>
  invoice.currency === contract.currency
    ? []
    : [
        error(
          'CURRENCY_MISMATCH',
          ['/invoice/currency', '/contract/currency'],
          `发票币制 ${invoice.currency} 与合同币制 ${contract.currency} 不一致`,
          `The invoice is in ${invoice.currency} but the contract in ${contract.currency}`,
        ),
      ];

const packingMatchesInvoice: Rule = ({ invoice, packingList }) => {
  const findings: Finding[] = [];
  invoice.lines.forEach((line, i) => {
    const j = packingList.lines.findIndex((p) => p.lineNo === line.lineNo);
    if (j < 0) {
      findings.push(
        error('PACKING_LINE_MISSING', [`/invoice/lines/${i}`], `发票第 ${line.lineNo} 行在装箱单中没有对应行`, `Invoice line ${line.lineNo} has no packing list line`),
      );
    } else if (!new Decimal(packingList.lines[j].quantity).equals(line.quantity)) {
      findings.push(
        error(
          'QUANTITY_MISMATCH',
          [`/invoice/lines/${i}/quantity`, `/packingList/lines/${j}/quantity`],
          `第 ${line.lineNo} 行：发票数量 ${line.quantity} 与装箱单数量 ${packingList.lines[j].quantity} 不一致`,
          `Line ${line.lineNo}: the invoice says ${line.quantity}, the packing list ${packingList.lines[j].quantity}`,
        ),
      );
    }
  });
  packingList.lines.forEach((packing, j) => {
    if (!invoice.lines.some((l) => l.lineNo === packing.lineNo)) {
      findings.push(
        error('PACKING_LINE_UNKNOWN', [`/packingList/lines/${j}/lineNo`], `装箱单第 ${packing.lineNo} 行不在发票中`, `Packing list line ${packing.lineNo} is not on the invoice`),
      );
    }
  });
  return findings;
};

const grossNotBelowNet: Rule = ({ packingList }) => {
  const findings = packingList.lines.flatMap((line, j) =>
    new Decimal(line.grossWeightKg).lessThan(line.netWeightKg)
      ? [
          error(
            'GROSS_BELOW_NET',
            [`/packingList/lines/${j}/grossWeightKg`, `/packingList/lines/${j}/netWeightKg`],
            `第 ${line.lineNo} 行毛重 ${line.grossWeightKg} 千克小于净重 ${line.netWeightKg} 千克`,
            `Line ${line.lineNo}: gross weight ${line.grossWeightKg} kg is below net weight ${line.netWeightKg} kg`,
          ),
        ]
      : [],
  );
  const gross = sum(packingList.lines.map((l) => l.grossWeightKg));
  const net = sum(packingList.lines.map((l) => l.netWeightKg));
  if (findings.length === 0 && gross.lessThan(net)) {
    findings.push(error('GROSS_BELOW_NET', ['/packingList/lines'], '总毛重小于总净重', 'Total gross weight is below total net weight'));
  }
  return findings;
};

const packagesAgree: Rule = ({ packingList, transport }) => {
  const packed = packingList.lines.reduce((total, l) => total + l.packages, 0);
  const findings: Finding[] = [];
  if (packed !== transport.totalPackages) {
    findings.push(
      error(
        'PACKAGES_MISMATCH',
        ['/transport/totalPackages', ...packingList.lines.map((_, j) => `/packingList/lines/${j}/packages`)],
        `装箱单件数合计 ${packed} 与运输件数 ${transport.totalPackages} 不一致`,
        `The packing list counts ${packed} packages, the transport data ${transport.totalPackages}`,
      ),
    );
  }
  const inContainers = transport.containers.every((c) => c.packages !== undefined)
    ? transport.containers.reduce((total, c) => total + (c.packages ?? 0), 0)
    : undefined;
  if (inContainers !== undefined && transport.containers.length > 0 && inContainers !== transport.totalPackages) {
    findings.push(
      error(
        'PACKAGES_MISMATCH',
        ['/transport/totalPackages', ...transport.containers.map((_, k) => `/transport/containers/${k}/packages`)],
        `集装箱件数合计 ${inContainers} 与运输件数 ${transport.totalPackages} 不一致`,
        `The containers hold ${inContainers} packages, the transport data says ${transport.totalPackages}`,
      ),
    );
  }
  return findings;
};

const containerCheckDigits: Rule = ({ transport }) =>
  transport.containers.flatMap((container, k) => {
    const expected = wrongContainerCheckDigit(container.number);
    if (expected === undefined) return [];
    return [
      error(
        'CONTAINER_CHECK_DIGIT',
        [`/transport/containers/${k}/number`],
        `集装箱号 ${container.number} 的校验码应为 ${expected}（ISO 6346），请核对箱号`,
        `The check digit of container ${container.number} should be ${expected} (ISO 6346): check the number`,
      ),
    ];
  });

/** Every line is stowed in containers the dossier lists, and a split line's parts add up to it. */
const linesStowed: Rule = ({ packingList, transport }) => {
  const listed = new Set(transport.containers.map((c) => c.number));
  return packingList.lines.flatMap((line, j) => {
    const at = `/packingList/lines/${j}`;
    const stowage = line.stowage ?? [];
    if (stowage.length === 0) {
      if (transport.containers.length <= 1) return [];
      return [
        error(
          'STOWAGE_MISSING',
          [`${at}/stowage`, '/transport/containers'],
          `第 ${line.lineNo} 行未注明装在哪个集装箱（本票货物共 ${transport.containers.length} 个集装箱）`,
          `Line ${line.lineNo} does not say which container it is stowed in; the shipment has ${transport.containers.length}`,
        ),
      ];
    }
    const findings: Finding[] = stowage.flatMap((s, i) =>
      listed.has(s.container)
        ? []
        : [
            error(
              'STOWAGE_CONTAINER_UNKNOWN',
              [`${at}/stowage/${i}/container`, '/transport/containers'],
              `第 ${line.lineNo} 行装于集装箱 ${s.container}，但运输信息未列出该集装箱`,
              `Line ${line.lineNo} is stowed in container ${s.container}, which the transport data does not list`,
            ),
          ],
    );
    if (stowage.length > 1 && stowage.some((s) => s.packages === undefined || s.grossWeightKg === undefined)) {
      findings.push(
        error(
          'STOWAGE_SPLIT_INCOMPLETE',
          [`${at}/stowage`],
          `第 ${line.lineNo} 行分装于 ${stowage.length} 个集装箱，须注明每个集装箱中的件数和毛重`,
          `Line ${line.lineNo} is split over ${stowage.length} containers: give its packages and gross weight in each`,
        ),
      );
      return findings;
    }
    const packages = stowage.reduce((total, s) => total + (s.packages ?? line.packages), 0);
    const gross = sum(stowage.map((s) => s.grossWeightKg ?? line.grossWeightKg));
    if (packages !== line.packages || !gross.equals(line.grossWeightKg)) {
      findings.push(
        error(
          'STOWAGE_SPLIT_MISMATCH',
          [`${at}/packages`, `${at}/grossWeightKg`, ...stowage.map((_, i) => `${at}/stowage/${i}`)],
          `第 ${line.lineNo} 行各集装箱合计 ${packages} 件、毛重 ${gross.toFixed(3)} 千克，与该行 ${line.packages} 件、${line.grossWeightKg} 千克不一致`,
          `Line ${line.lineNo}: its containers hold ${packages} packages and ${gross.toFixed(3)} kg gross, the line says ${line.packages} and ${line.grossWeightKg} kg`,
        ),
      );
    }
    return findings;
  });
};

/** What the lines put in each container adds up to the container's declared packages and gross weight. */
const containerContents: Rule = (dossier) => {
  const parts = stowedParts(dossier);
  return dossier.transport.containers.flatMap((container, k) => {
    const inside = parts.filter((p) => p.container === container.number);
    if (inside.some((p) => p.packages === undefined || p.grossWeightKg === undefined)) return [];
    const findings: Finding[] = [];
    const packages = inside.reduce((total, p) => total + (p.packages ?? 0), 0);
    if (container.packages !== undefined && packages !== container.packages) {
      findings.push(
        error(
          'CONTAINER_CONTENTS_MISMATCH',
          [`/transport/containers/${k}/packages`, ...inside.map((p) => p.packagesAt)],
          `集装箱 ${container.number} 申报 ${container.packages} 件，装箱单装入该箱 ${packages} 件`,
          `Container ${container.number} is declared with ${container.packages} packages; the packing list puts ${packages} in it`,
        ),
      );
    }
    const gross = sum(inside.map((p) => p.grossWeightKg ?? '0'));
    if (container.grossWeightKg !== undefined && !gross.equals(container.grossWeightKg)) {
      findings.push(
        error(
          'CONTAINER_CONTENTS_MISMATCH',
          [`/transport/containers/${k}/grossWeightKg`, ...inside.map((p) => p.grossWeightAt)],
          `集装箱 ${container.number} 申报货物毛重 ${container.grossWeightKg} 千克，装箱单装入该箱 ${gross.toFixed(3)} 千克`,
          `Container ${container.number} is declared with ${container.grossWeightKg} kg gross; the packing list puts ${gross.toFixed(3)} kg in it`,
        ),
      );
    }
    return findings;
  });
};

const oneHsCodePerModel: Rule = ({ invoice }) => {
  const seen = new Map<string, { hsCode: string; index: number }>();
  const findings: Finding[] = [];
  invoice.lines.forEach((line, i) => {
    const first = seen.get(line.model);
    if (!first) seen.set(line.model, { hsCode: line.hsCode, index: i });
    else if (first.hsCode !== line.hsCode) {
      findings.push(
        error(
          'HS_CODE_CONFLICT',
          [`/invoice/lines/${first.index}/hsCode`, `/invoice/lines/${i}/hsCode`],
          `型号 ${line.model} 同时申报了 ${first.hsCode} 和 ${line.hsCode} 两个商品编号`,
          `Model ${line.model} carries two HS codes, ${first.hsCode} and ${line.hsCode}`,
        ),
      );
    }
  });
  return findings;
};

const partiesAgree: Rule = ({ parties, contract, invoice, packingList }) => {
  const seller = [['/parties/exporter', parties.exporter], ['/contract/seller', contract.seller], ['/invoice/seller', invoice.seller], ['/packingList/shipper', packingList.shipper]] as const;
  const buyer = [['/parties/importer', parties.importer], ['/contract/buyer', contract.buyer], ['/invoice/buyer', invoice.buyer], ['/packingList/consignee', packingList.consignee]] as const;
  return [
    ['卖方/发货人', 'seller (exporter, shipper)', seller],
    ['买方/收货人', 'buyer (importer, consignee)', buyer],
  ].flatMap(([zh, en, places]) => {
    const list = places as typeof seller | typeof buyer;
    const keys = new Set(list.map(([, party]) => partyIdText(party)));
    if (keys.size === 1) return [];
    return [
      error(
        'PARTY_MISMATCH',
        list.map(([pointer]) => pointer),
        `合同、发票和装箱单上的${zh as string}不一致`,
        `The ${en as string} differs between the contract, the invoice and the packing list`,
      ),
    ];
  });
};

/** What each Incoterms 2020 term puts on the seller: freight to the named place, and insurance. */
const INCOTERM_COSTS: Record<Incoterm, { freight: boolean; insurance: boolean }> = {
  EXW: { freight: false, insurance: false },
  FCA: { freight: false, insurance: false },
  FAS: { freight: false, insurance: false },
  FOB: { freight: false, insurance: false },
  CFR: { freight: true, insurance: false },
  CPT: { freight: true, insurance: false },
  CIF: { freight: true, insurance: true },
  CIP: { freight: true, insurance: true },
  DAP: { freight: true, insurance: false },
  DPU: { freight: true, insurance: false },
  DDP: { freight: true, insurance: false },
};

const incotermCosts: Rule = ({ contract, invoice }) => {
  const needs = INCOTERM_COSTS[contract.incoterm];
  const findings: Finding[] = [];
  for (const cost of ['freight', 'insurance'] as const) {
    const given = invoice[cost] !== undefined && !new Decimal(invoice[cost] as string).isZero();
    const zh = cost === 'freight' ? '运费' : '保费';
    if (needs[cost] && !given) {
      findings.push(
        error(
          'INCOTERM_COST_MISSING',
          ['/contract/incoterm', `/invoice/${cost}`],
          `成交方式 ${contract.incoterm} 由卖方承担${zh}，发票应列明${zh}`,
          `Under ${contract.incoterm} the seller pays the ${cost}: the invoice must state it`,
        ),
      );
    } else if (!needs[cost] && given) {
      findings.push(
        warning(
          'INCOTERM_COST_UNEXPECTED',
          ['/contract/incoterm', `/invoice/${cost}`],
          `成交方式 ${contract.incoterm} 下${zh}由买方承担，发票却列有${zh}`,
          `Under ${contract.incoterm} the buyer pays the ${cost}, yet the invoice states one`,
        ),
      );
    }
  }
  return findings;
};

const legsServeTheirModes: Rule = ({ transport }) =>
  transport.legs.flatMap((leg, i) =>
    (['from', 'to'] as const).flatMap((end) => {
      const location = findLocation(leg[end]);
      if (!location) {
        return [error('UNKNOWN_LOCATION', [`/transport/legs/${i}/${end}`], `${leg[end]} 不是有效的 UN/LOCODE`, `${leg[end]} is not a UN/LOCODE location`)];
      }
      if (locationServes(location, leg.mode)) return [];
      return [
        error(
          'LOCATION_CANNOT_SERVE_MODE',
          [`/transport/legs/${i}/${end}`, `/transport/legs/${i}/mode`],
          `${location.name}（${location.code}）不具备${MODE_ZH[leg.mode]}功能`,
          `${location.name} (${location.code}) has no ${leg.mode.toLowerCase()} function for a ${leg.mode} leg`,
        ),
      ];
    }),
  );

const MODE_ZH = { RAIL: '铁路', SEA: '港口', ROAD: '公路', AIR: '航空' } as const;

const legsConnect: Rule = ({ transport }) => {
  const legs = [...transport.legs].sort((a, b) => a.sequence - b.sequence);
  const findings: Finding[] = [];
  if (legs.length && legs[0].from !== transport.placeOfReceipt) {
    findings.push(
      warning('ROUTE_GAP', ['/transport/placeOfReceipt', '/transport/legs/0/from'], '第一程起点与收货地不一致', 'The first leg does not start at the place of receipt'),
    );
  }
  for (let k = 1; k < legs.length; k += 1) {
    if (legs[k - 1].to !== legs[k].from) {
      findings.push(
        error(
          'ROUTE_GAP',
          [`/transport/legs/${transport.legs.indexOf(legs[k - 1])}/to`, `/transport/legs/${transport.legs.indexOf(legs[k])}/from`],
          `第 ${legs[k - 1].sequence} 程终点 ${legs[k - 1].to} 与第 ${legs[k].sequence} 程起点 ${legs[k].from} 不衔接`,
          `Leg ${legs[k - 1].sequence} ends at ${legs[k - 1].to} but leg ${legs[k].sequence} starts at ${legs[k].from}`,
        ),
      );
    }
  }
  return findings;
};

const datesInOrder: Rule = ({ contract, invoice, transport }) => {
  const findings: Finding[] = [];
  const before = (a: string, b: string) => a <= b;
  if (!before(contract.date, invoice.date)) {
    findings.push(error('DATES_OUT_OF_ORDER', ['/contract/date', '/invoice/date'], '发票日期早于合同日期', 'The invoice is dated before the contract'));
  }
  transport.legs.forEach((leg, i) => {
    if (!before(leg.plannedDeparture, leg.plannedArrival)) {
      findings.push(
        error(
          'DATES_OUT_OF_ORDER',
          [`/transport/legs/${i}/plannedDeparture`, `/transport/legs/${i}/plannedArrival`],
          `第 ${leg.sequence} 程计划到达早于计划出发`,
          `Leg ${leg.sequence} arrives before it departs`,
        ),
      );
    }
    const next = transport.legs.findIndex((l) => l.sequence === leg.sequence + 1);
    if (next >= 0 && !before(leg.plannedArrival, transport.legs[next].plannedDeparture)) {
      findings.push(
        error(
          'DATES_OUT_OF_ORDER',
          [`/transport/legs/${i}/plannedArrival`, `/transport/legs/${next}/plannedDeparture`],
          `第 ${leg.sequence + 1} 程在第 ${leg.sequence} 程到达前出发`,
          `Leg ${leg.sequence + 1} departs before leg ${leg.sequence} arrives`,
        ),
      );
    }
  });
  const first = transport.legs.find((l) => l.sequence === Math.min(...transport.legs.map((x) => x.sequence)));
  if (first && !before(contract.date, first.plannedDeparture.slice(0, 10))) {
    findings.push(
      error('DATES_OUT_OF_ORDER', ['/contract/date', `/transport/legs/${transport.legs.indexOf(first)}/plannedDeparture`], '货物在合同签订前发运', 'The goods leave before the contract was signed'),
    );
  }
  return findings;
};

/** The checks a customs broker makes by hand, in the order a broker reads the documents. */
export const CONSISTENCY_RULES: readonly Rule[] = [
  invoiceTotal,
  lineAmounts,
  sameCurrency,
  partiesAgree,
  packingMatchesInvoice,
  grossNotBelowNet,
  packagesAgree,
  containerCheckDigits,
  linesStowed,
  containerContents,
  oneHsCodePerModel,
  incotermCosts,
  legsServeTheirModes,
  legsConnect,
  datesInOrder,
];

export function checkDossier(dossier: Dossier): Finding[] {
  return CONSISTENCY_RULES.flatMap((rule) => rule(dossier));
}
