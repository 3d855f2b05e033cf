import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { sampleDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { freshUscc, PASSWORD, register, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

/** Where the walk leaves a screenshot of every step (README: "The web console"). */
const SHOTS = 'test-output/console';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HAN = /\p{Script=Han}/u;

/**
 * A person's walk through the console in Debian's Chromium: a firm registers, the node operator
 * approves it, the firm reads its dossier's findings and filings, anyone verifies a bill; then
 * the same pages in English. Every page passes axe without a serious or critical violation.
 */
describe('console: the walk in a real browser', () => {
  let node: TestNode;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const cspViolations: string[] = [];
  const firm = { uscc: freshUscc(), email: `li.wei.${Date.now()}@yuxin.example.cn`, nameZh: '重庆渝新电子有限公司', nameEn: 'Chongqing Yuxin Electronics Co., Ltd.' };
  let dossierId: string;
  let bill: { number: string; carrier: string };
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  let billUrl: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    node = await startNode({}, { listen: true });
    base = node.env.PUBLIC_BASE_URL;
    profile = mkdtempSync(join(tmpdir(), 'landsea-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 860 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await node?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  /** axe-core in the page (by DevTools, so the page's CSP still holds): no serious or critical violation. */
  const accessible = async (within?: string) => {
    await page.evaluate(`${AXE};0`);
    const violations = await page.evaluate(async (scope) => {
      const result = await (globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(scope ?? (globalThis as unknown as { document: unknown }).document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }, within);
    expect(violations).toEqual([]);
  };
  /** The page's own words: what the console wrote, without data ([translate=no]) or a language's own name. */
  const interfaceText = () =>
    page.evaluate<string>(`(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('[translate="no"], [lang="zh-CN"], script, style').forEach((element) => element.remove());
      return copy.textContent ?? '';
    })()`);
  const button = (name: string) => page.getByRole('button', { name: new RegExp(`^${name.split('').join('\\s?')}$`) });
  const signInAs = async (email: string, password: string) => {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel(/电子邮箱|E-mail address/).fill(email);
    await page.getByLabel(/^(密码|Password)$/).fill(password);
    await page.getByRole('button', { name: /^(登\s?录|Sign in)$/ }).click();
  };

  it('a firm registers, its USCC checked as it is typed', async () => {
    await page.goto(`${base}/register`);
    await page.getByLabel('中文名称').fill(firm.nameZh);
    await page.getByLabel('英文名称').fill(firm.nameEn);
    const wrong = firm.uscc.slice(0, 17) + (firm.uscc[17] === '0' ? '1' : '0');
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await page.getByText(`校验码应为 ${firm.uscc[17]}，而不是 ${wrong[17]}`).waitFor();
    await page.getByLabel('统一社会信用代码').fill(firm.uscc);
    await page.getByLabel('姓名').fill('李伟');
    await page.getByLabel('电子邮箱').fill(firm.email);
    await page.getByLabel('密码').fill(PASSWORD);
    await shot('01-register');
    await accessible();
    await button('提交注册').click();
    await page.getByText('注册已提交，等待节点运营方审核。').waitFor();
    await shot('02-registered');
  });

  it('the node operator signs in, sees the registration waiting and approves it', async () => {
    await signInAs(node.env.NODE_OPERATOR_EMAIL, node.env.NODE_OPERATOR_PASSWORD);
    await page.waitForURL(`${base}/review`);
    await page.getByRole('heading', { name: '注册审核' }).waitFor();
    await page.getByRole('cell', { name: firm.nameZh, exact: true }).waitFor();
    await shot('03-review-queue');
    await accessible();
    await page.getByRole('button', { name: `通过 ${firm.nameZh}` }).click();
    await page.getByText(`已通过 ${firm.nameZh}`).waitFor();
    await page.getByRole('cell', { name: firm.nameZh, exact: true }).waitFor({ state: 'detached' });
  });

  it('keeps what the operator typed when the access token is refreshed mid-way', async () => {
    const other = await register(node, { nameZh: '重庆待驳回贸易有限公司' });
    await page.reload();
    await page.getByRole('button', { name: '驳回 重庆待驳回贸易有限公司' }).click();
    await page.getByLabel('驳回理由').fill('营业执照扫描件不清晰，请重新上传');
    // The next call meets an expired access token, as it would after ten idle minutes.
    await page.route('**/identity/organisations/*/review', (route) => route.fulfill({ status: 401, contentType: 'application/json', body: '{"statusCode":401,"code":"TOKEN_EXPIRED","message":"expired"}' }), { times: 1 });
    await page.getByRole('dialog').getByRole('button', { name: /驳\s?回/ }).click();
    await page.getByText('已驳回 重庆待驳回贸易有限公司').waitFor();
    const reviewed = await request(node.server).get(`/identity/organisations/${other.organisationId}`).set('authorization', `Bearer ${await node.operatorToken()}`).expect(200);
    expect(reviewed.body).toMatchObject({ status: 'REJECTED', reviewReason: '营业执照扫描件不清晰，请重新上传' });
  });

  it('signs out to the sign-in page, saying so', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已退出登录。').waitFor();
  });

  it('the approved firm signs in and finds its dossier, its findings at their fields and where each filing value came from', async () => {
    const { access } = await signIn(node, firm.email);
    const dossier = { ...sampleDossier({ exporterUscc: firm.uscc, reference: `YX-${Date.now()}` }) } as ReturnType<typeof sampleDossier>;
    (dossier.invoice as { totalAmount: string }).totalAmount = '1.00';
    const created = await request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${access}`).send(dossier).expect(201);
    dossierId = created.body.id;
    const finding = created.body.findings.find((f: { rule: string }) => f.rule === 'INVOICE_TOTAL_MISMATCH');
    expect(finding).toBeDefined();

    await signInAs(firm.email, PASSWORD);
    await page.waitForURL(`${base}/dossiers`);
    await page.getByRole('link', { name: dossier.reference }).waitFor();
    await shot('04-dossiers');
    await accessible();
    await page.getByRole('link', { name: dossier.reference }).click();
    await page.getByRole('heading', { name: `单证 ${dossier.reference}` }).waitFor();
    await expect(page.getByText('需要处理').count()).resolves.toBeGreaterThan(0);
    // The finding in Chinese, in the findings table and again at the invoice's total.
    await expect(page.getByText(finding.message['zh-CN'], { exact: false }).count()).resolves.toBeGreaterThanOrEqual(2);
    await shot('05-dossier-findings');
    await accessible();
    await page.getByRole('tab', { name: '派生申报' }).click();
    await page.getByRole('button', { name: /中华人民共和国海关出口货物报关单/ }).click();
    await page.getByRole('columnheader', { name: '来源' }).first().waitFor();
    await expect(page.getByText('当事方 › 出口商 › 统一社会信用代码').count()).resolves.toBeGreaterThan(0);
    await shot('06-filing-provenance');
    await accessible();

    // The access token lives in memory only; the refresh token is in an httpOnly cookie.
    expect(await page.evaluate<string[]>('Object.keys(localStorage)')).toEqual(expect.not.arrayContaining([expect.stringMatching(/token/i)]));
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie');
    expect(stored).not.toMatch(/eyJ|landsea_refresh/);
    // A reload continues the sign-in from the cookie.
    await page.reload();
    await page.getByRole('heading', { name: `单证 ${dossier.reference}` }).waitFor();
  });

  it('sends a person whose sign-in was revoked to the sign-in page with a clear message', async () => {
    const cookie = (await context.cookies(`${base}/oauth/browser/refresh`)).find((c) => c.name === 'landsea_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/oauth/browser' });
    await request(node.server).post('/oauth/revoke').type('form').send({ token: cookie?.value }).expect(204);
    await page.route('**/declarations/dossiers', (route) => route.fulfill({ status: 401, contentType: 'application/json', body: '{"statusCode":401,"code":"TOKEN_EXPIRED","message":"expired"}' }), { times: 1 });
    await page.getByRole('link', { name: '我的单证' }).click();
    await page.waitForURL(`${base}/sign-in`);
    await page.getByText('登录已过期或已被撤销，请重新登录。').waitFor();
    await shot('07-signed-out-expired');
  });

  it('takes a bill through its life by clicking: the carrier issues it, the shipper pledges it, the bank releases it, the buyer takes it and surrenders it, the carrier accepts', async () => {
    parties = await corridorParties(node);
    const shipment = await fileShipment(node, parties, `BL-UI-${Date.now()}`);
    const number = `CQUI${Date.now()}`;
    const as = async (email: string) => {
      await context.clearCookies();
      await signInAs(email, PASSWORD);
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    };
    const dialog = page.getByRole('dialog');
    /** One step: its button, its questions, the confirmation; then the step is in the signed history. */
    const act = async (name: string, entry: string, state: string, fill?: () => Promise<void>) => {
      await button(name).click();
      await dialog.waitFor();
      await fill?.();
      await dialog.getByRole('button', { name: /^确\s?认$/ }).click();
      await page.getByText(`已完成：${name}`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(entry, { exact: true }).waitFor();
      await page.getByRole('main').getByText(state, { exact: true }).first().waitFor();
    };
    let shots = 12;
    const step = async (name: string, within?: string) => {
      await shot(`${shots++}-bill-${name}`);
      await accessible(within);
    };

    await as(parties.carrier.email);
    await page.goto(`${base}/dossiers/${shipment}`);
    await button('签发提单').click();
    await dialog.getByLabel('提单号').fill(number);
    // The dialog alone (the mask behind it dims the page on purpose), once its opening animation is over.
    await page.waitForTimeout(400);
    await step('issue', '.ant-modal');
    await dialog.getByRole('button', { name: /^签\s?发\s?提\s?单$/ }).click();
    await page.waitForURL(/\/bills-of-lading\/[0-9a-f-]{36}$/);
    billUrl = page.url();
    await page.getByText('1. 签发', { exact: true }).waitFor();
    await expect(page.getByRole('heading', { name: `提单 ${number}` }).count()).resolves.toBe(1);
    await step('issued');

    await as(parties.exporter.email);
    // Only the carrier the dossier names is offered the issue.
    await page.goto(`${base}/dossiers/${shipment}`);
    await page.getByRole('heading', { name: /^单证 / }).waitFor();
    await expect(button('签发提单').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '提单', exact: true }).click();
    await page.getByRole('link', { name: number }).click();
    await page.getByText('持有中', { exact: true }).first().waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), button('下载 PDF').click()]);
    expect(pdf.suggestedFilename()).toBe(`bill-${number}.pdf`);
    expect(readFileSync((await pdf.path()) as string).subarray(0, 5).toString()).toBe('%PDF-');
    const [dcsa] = await Promise.all([page.waitForEvent('download'), button('导出 DCSA').click()]);
    expect(JSON.parse(readFileSync((await dcsa.path()) as string, 'utf8'))).toMatchObject({ transportDocumentReference: number });
    // The API is the guard: pledged to a carrier, it refuses, and the console says why in Chinese.
    await button('质押').click();
    await dialog.getByLabel('质权银行 · 统一社会信用代码').fill(parties.carrier.uscc);
    await dialog.getByRole('button', { name: /^确\s?认$/ }).click();
    await page.getByText(`USCC:${parties.carrier.uscc} 不是银行（BANK）；提单只能质押给银行`).waitFor();
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('持有中', { exact: true }).first().waitFor();
    await act('质押', '2. 质押', '已质押', () => dialog.getByLabel('质权银行 · 统一社会信用代码').fill(parties.bank.uscc));
    await step('pledged');

    await as(parties.bank.email);
    await page.goto(billUrl);
    await act('解除质押', '3. 解除质押', '持有中');
    await step('released');

    await as(parties.exporter.email);
    await page.goto(billUrl);
    await act('背书转让', '4. 背书转让', '转让待接受', async () => {
      await dialog.getByText('境外机构').click();
      await dialog.getByLabel('国家或地区代码').fill('TH');
      await dialog.getByLabel('受让方 · 所在国登记号').fill(parties.thaiId);
    });
    await step('offered');

    await as(parties.consignee.email);
    await page.goto(billUrl);
    await act('接受转让', '5. 接受转让', '持有中');
    await act('交单', '6. 交单提货', '交单待确认');
    await step('surrendered');

    await as(parties.carrier.email);
    await page.goto(billUrl);
    await act('接受交单', '7. 接受交单', '已完成');
    await expect(page.getByText('本机构当前没有可办理的操作').count()).resolves.toBe(1);
    await step('accomplished');
  }, 120_000); // Six sign-ins and nine signed steps in a real browser: about 25 s alone, more when the other suites load both cores.

  it('verifies an issued bill from the URL its QR code carries, readable, every step shown', async () => {
    const shipment = await fileShipment(node, parties, `BL-${Date.now()}`);
    const number = `CQLS${Date.now()}`;
    await request(node.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId: shipment, number, kind: 'TO_ORDER' }).expect(201);
    await request(node.server).post(`/bills/${(await request(node.server).get(`/bills?dossierId=${shipment}`).set('authorization', `Bearer ${parties.carrier.token}`)).body[0].id}/pledge`)
      .set('authorization', `Bearer ${parties.exporter.token}`).send({ bank: { uscc: parties.bank.uscc } }).expect(200);
    bill = { number, carrier: `USCC:${parties.carrier.uscc}` };
    await page.goto(`${base}/bills/verify?${new URLSearchParams(bill)}`);
    await page.getByText('验证通过：每一步签名与链接都正确').waitFor();
    await page.getByText('已质押').first().waitFor();
    await page.getByText('1. 签发').waitFor();
    await page.getByText('2. 质押').waitFor();
    await expect(page.getByRole('link', { name: '原始签名记录（JSON）' }).getAttribute('download')).resolves.toBe(`bill-${number}-history.json`);
    await shot('08-bill-verified');
    await accessible();
  });

  it('speaks English throughout once English is chosen, and remembers the choice', async () => {
    await page.getByText('English').click();
    await page.getByText('Verified: every signature and link is correct').waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await shot('09-bill-verified-en');
    await accessible();
    expect(await page.evaluate<string | null>("localStorage.getItem('landsea.language')")).toBe('en');

    await page.goto(`${base}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await signInAs(firm.email, PASSWORD);
    await page.waitForURL(`${base}/dossiers`);
    await page.getByRole('heading', { name: 'My dossiers' }).waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await page.goto(`${base}/dossiers/${dossierId}`);
    await page.getByText('Needs attention').waitFor();
    await page.getByText('The invoice total', { exact: false }).first().waitFor();
    await page.getByText('Invoice › Total amount').first().waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await shot('10-dossier-findings-en');
    await accessible();
    await context.clearCookies();
    await signInAs(parties.consignee.email, PASSWORD);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(billUrl);
    await page.getByText('7. Surrender accepted', { exact: true }).waitFor();
    await page.getByText('Nothing for your organisation to do on this bill now').waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await shot('11-bill-en');
    await accessible();
    await page.goto(`${base}/register`);
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();
    expect(await interfaceText()).not.toMatch(HAN);
    await accessible();
  }, 60_000);

  it('keeps the Swagger UI at /docs working under the same Content-Security-Policy', async () => {
    await page.goto(`${base}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.getByText('/oauth/browser/sign-in').first().waitFor();
  });

  it('met no Content-Security-Policy violation on the way', () => {
    expect(cspViolations).toEqual([]);
  });
});

