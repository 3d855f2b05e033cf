import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { usccCheckCharacter } from '@landsea/reference';
import type { TestNode } from '@landsea/testing';

/** A node the helpers can reach: one in this process, or one in a process of its own by its URL. */
export type ReachableNode = Pick<TestNode, 'operatorToken'> & { readonly server: TestNode['server'] | string };

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const PASSWORD = 'Corridor-2026-Chongqing';

/** A unified social credit code no other test uses, with a correct check character. */
export function freshUscc(): string {
  const body = `915001${String(randomInt(10, 99))}${Array.from({ length: 9 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
  return body + usccCheckCharacter(body);
}

export interface Registered {
  readonly organisationId: string;
  readonly uscc: string;
  readonly adminId: string;
  readonly email: string;
}

export async function register(node: ReachableNode, overrides: Record<string, unknown> = {}): Promise<Registered> {
  const uscc = freshUscc();
  const email = `admin-${randomUUID().slice(0, 8)}@firm.example.cn`;
  const res = await request(node.server)
    .post('/identity/organisations')
    .send({
      nameZh: '重庆测试电子有限公司',
      nameEn: 'Chongqing Test Electronics Co., Ltd.',
      country: 'CN',
      uscc,
      provinceCode: 'CQ',
      kinds: ['TRADER'],
      admin: { email, displayName: 'Test Admin', password: PASSWORD },
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { organisationId: res.body.organisation.id, uscc: res.body.organisation.uscc, adminId: res.body.admin.id, email };
}

export async function signIn(node: ReachableNode, email: string, password = PASSWORD): Promise<{ access: string; refresh: string }> {
  const res = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: email, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { access: res.body.access_token, refresh: res.body.refresh_token };
}

export async function approve(node: ReachableNode, organisationId: string): Promise<void> {
  await request(node.server)
    .post(`/identity/organisations/${organisationId}/review`)
    .set('authorization', `Bearer ${await node.operatorToken()}`)
    .send({ decision: 'APPROVE' })
    .expect(200);
}

/** A registered, approved organisation and its signed-in administrator. */
export async function approvedOrganisation(node: ReachableNode, overrides: Record<string, unknown> = {}): Promise<Registered & { token: string }> {
  const registered = await register(node, overrides);
  await approve(node, registered.organisationId);
  return { ...registered, token: (await signIn(node, registered.email)).access };
}

/** A customs authority for an office (关区代码), approved, and one of its officers signed in. */
export async function customsOfficer(node: TestNode, office: string): Promise<{ organisationId: string; email: string; token: string }> {
  const authority = await approvedOrganisation(node, { kinds: ['CUSTOMS'], customsOffice: office, nameEn: `Customs office ${office}`, nameZh: `海关 ${office}` });
  const email = `officer-${randomUUID().slice(0, 8)}@customs.example.cn`;
  const invite = await request(node.server)
    .post('/identity/people')
    .set('authorization', `Bearer ${authority.token}`)
    .send({ email, displayName: 'Officer', roles: ['CUSTOMS_OFFICER'] })
    .expect(201);
  await request(node.server).post('/identity/invitations/accept').send({ invitationToken: invite.body.invitationToken, password: PASSWORD }).expect(204);
  return { organisationId: authority.organisationId, email, token: (await signIn(node, email)).access };
}
