import { randomInt } from 'node:crypto';
import request from 'supertest';
import type { Dossier } from '@landsea/declarations';
import { approvedOrganisation, type ReachableNode } from './identity.js';
import { sampleDossier } from '../../examples/sample-dossier.js';

export type Organisation = Awaited<ReturnType<typeof approvedOrganisation>>;

/** A Thai registration number no other test uses. */
export function freshThaiId(): string {
  return `0105${String(randomInt(100_000_000, 999_999_999))}`;
}

/**
 * The parties to the corridor's reference shipment, each registered and approved on the node
 * with its administrator signed in: the exporter, the rail-sea carrier, a bank and the Thai buyer.
 */
export async function corridorParties(node: ReachableNode) {
  const thaiId = freshThaiId();
  const [exporter, carrier, bank, consignee] = await Promise.all([
    approvedOrganisation(node),
    approvedOrganisation(node, { kinds: ['CARRIER'], nameEn: 'Chongqing Land-Sea Corridor Logistics Co., Ltd.', nameZh: '重庆陆海新通道物流有限公司' }),
    approvedOrganisation(node, { kinds: ['BANK'], nameEn: 'Bank of Chongqing', nameZh: '重庆银行' }),
    approvedOrganisation(node, { country: 'TH', uscc: undefined, nationalId: thaiId, provinceCode: undefined, nameZh: undefined, nameEn: 'Siam Digital Trading Co., Ltd.' }),
  ]);
  return { exporter, carrier, bank, consignee, thaiId };
}

/** The exporter files the reference dossier naming these parties, as `shape` makes it; returns its id. */
export async function fileShipment(
  node: ReachableNode,
  parties: Awaited<ReturnType<typeof corridorParties>>,
  reference: string,
  shape: (dossier: Dossier) => Dossier = (dossier) => dossier,
): Promise<string> {
  const dossier = shape(sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference }));
  const res = await request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${parties.exporter.token}`).send(dossier);
  if (res.status !== 201) throw new Error(`filing the dossier failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
