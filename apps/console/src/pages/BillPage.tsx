import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Modal, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiFailure, unwrap, type Schemas } from '../api/client';
import { api } from '../auth/session';
import { type Role, useWho } from '../auth/use-session';
import { STATE_COLOUR } from '../bills/bill-state';
import { BillTimeline } from '../bills/BillTimeline';
import { formatTime } from '../i18n/i18n';

type Bill = Schemas['BillDto'];
type Position = Schemas['BillPartyPositionDto'] | null;
type Action = 'TRANSFER' | 'ACCEPT_TRANSFER' | 'REJECT_TRANSFER' | 'PLEDGE' | 'RELEASE_PLEDGE' | 'ENFORCE_PLEDGE' | 'SURRENDER' | 'ACCEPT_SURRENDER' | 'REJECT_SURRENDER';
interface StepForm {
  partyKind?: 'uscc' | 'national';
  uscc?: string;
  country?: string;
  nationalId?: string;
  reason?: string;
  purpose?: 'DELIVERY' | 'AMENDMENT';
  replacementNumber?: string;
}
interface Party {
  id: string;
  name: string;
  country: string;
  address?: string;
}
interface Leg {
  sequence: number;
  mode: string;
  from: string;
  to: string;
  vesselName?: string;
  voyageNumber?: string;
  trainNumber?: string;
  plannedDeparture: string;
}
interface BillDocument {
  dossier: { reference: string } | null;
  placeOfIssue: string;
  issuedAt: string;
  shipper: Party;
  consignee: Party | null;
  toOrderOf: Party | null;
  notifyParty: Party | null;
  route: { placeOfReceipt: string; portOfLoading: string; portOfDischarge: string; placeOfDelivery: string; legs: Leg[] };
  cargo: Array<{ lineNo: number; description: string; hsCode: string; packages: number; packageKind: string; grossWeightKg: string }>;
  containers: Array<{ number: string; sizeType: string; seals: string[] }>;
}

const HOLDER_ROLES: readonly Role[] = ['ORG_ADMIN', 'DECLARANT', 'BANK_OFFICER', 'CARRIER_AGENT'];
const BANK_ROLES: readonly Role[] = ['ORG_ADMIN', 'BANK_OFFICER'];
const CARRIER_ROLES: readonly Role[] = ['ORG_ADMIN', 'CARRIER_AGENT'];
const DANGER = new Set<Action>(['REJECT_TRANSFER', 'ENFORCE_PLEDGE', 'REJECT_SURRENDER']);
/** The button's words: what the person does (the history's words say what was done). */
const actKey = (action: Action): string => `bills.act.${action}`;

/**
 * What the signed-in organisation may do to the bill now, by its state, the organisation's place on
 * it and the person's roles. Only to show the buttons: the API decides, and says why when it refuses.
 */
function actionsFor(bill: Bill, organisationId: string | null, roles: readonly Role[]): Action[] {
  const mine = (position: Position) => organisationId !== null && position?.organisationId === organisationId;
  const may = (allowed: readonly Role[]) => allowed.some((role) => roles.includes(role));
  if (bill.state === 'HELD' && mine(bill.holder) && may(HOLDER_ROLES)) return ['TRANSFER', 'PLEDGE', 'SURRENDER'];
  if (bill.state === 'TRANSFER_PENDING' && mine(bill.pending) && may(HOLDER_ROLES)) return ['ACCEPT_TRANSFER', 'REJECT_TRANSFER'];
  if (bill.state === 'PLEDGED' && mine(bill.pledgee) && may(BANK_ROLES)) return ['RELEASE_PLEDGE', 'ENFORCE_PLEDGE'];
  if (bill.state === 'SURRENDER_PENDING' && mine(bill.carrier) && may(CARRIER_ROLES)) return ['ACCEPT_SURRENDER', 'REJECT_SURRENDER'];
  return [];
}

const partyOf = (form: StepForm) => (form.partyKind === 'national' ? { country: form.country?.trim().toUpperCase(), nationalId: form.nationalId?.trim() } : { uscc: form.uscc?.trim().toUpperCase() });

function takeStep(id: string, action: Action, form: StepForm): Promise<Schemas['BillStepDto']> {
  const path = { path: { id } };
  const reason = form.reason?.trim() || undefined;
  switch (action) {
    case 'TRANSFER':
      return unwrap(api.POST('/bills/{id}/transfer', { params: path, body: { to: partyOf(form) } }));
    case 'ACCEPT_TRANSFER':
      return unwrap(api.POST('/bills/{id}/transfer/accept', { params: path }));
    case 'REJECT_TRANSFER':
      return unwrap(api.POST('/bills/{id}/transfer/reject', { params: path, body: { reason } }));
    case 'PLEDGE':
      return unwrap(api.POST('/bills/{id}/pledge', { params: path, body: { bank: partyOf(form) } }));
    case 'RELEASE_PLEDGE':
      return unwrap(api.POST('/bills/{id}/pledge/release', { params: path }));
    case 'ENFORCE_PLEDGE':
      return unwrap(api.POST('/bills/{id}/pledge/enforce', { params: path }));
    case 'SURRENDER':
      return unwrap(api.POST('/bills/{id}/surrender', { params: path, body: { purpose: form.purpose ?? 'DELIVERY' } }));
    case 'ACCEPT_SURRENDER':
      return unwrap(api.POST('/bills/{id}/surrender/accept', { params: path, body: { replacementNumber: form.replacementNumber?.trim() || undefined } }));
    case 'REJECT_SURRENDER':
      return unwrap(api.POST('/bills/{id}/surrender/reject', { params: path, body: { reason } }));
  }
}

/** The organisation a bill goes to: by USCC, or by country and national registration number. */
function PartyFields({ label }: { label: string }) {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('bills.required', { field }) }];
  return (
    <>
      <Form.Item name="partyKind" label={t('bills.partyKind')} initialValue="uscc">
        <Radio.Group
          options={[
            { value: 'uscc', label: t('bills.byUscc') },
            { value: 'national', label: t('bills.byNational') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['partyKind']}>
        {({ getFieldValue }) =>
          getFieldValue('partyKind') === 'national' ? (
            <Space.Compact block>
              <Form.Item name="country" label={t('bills.country')} rules={required(t('bills.country'))} style={{ width: '30%' }}>
                <Input maxLength={2} />
              </Form.Item>
              <Form.Item name="nationalId" label={`${label} · ${t('bills.nationalId')}`} rules={required(t('bills.nationalId'))} style={{ width: '70%' }}>
                <Input />
              </Form.Item>
            </Space.Compact>
          ) : (
            <Form.Item name="uscc" label={`${label} · ${t('bills.uscc')}`} rules={required(t('bills.uscc'))}>
              <Input maxLength={18} />
            </Form.Item>
          )
        }
      </Form.Item>
    </>
  );
}

function StepFields({ action, bill }: { action: Action; bill: Bill }) {
  const { t } = useTranslation();
  switch (action) {
    case 'TRANSFER':
      return <PartyFields label={t('bills.transferTo')} />;
    case 'PLEDGE':
      return <PartyFields label={t('bills.bank')} />;
    case 'REJECT_TRANSFER':
    case 'REJECT_SURRENDER':
      return (
        <Form.Item name="reason" label={t('bills.reasonOptional')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      );
    case 'SURRENDER':
      return (
        <Form.Item name="purpose" label={t('bills.purpose')} initialValue="DELIVERY">
          <Radio.Group
            options={[
              { value: 'DELIVERY', label: t('bills.DELIVERY') },
              { value: 'AMENDMENT', label: t('bills.AMENDMENT') },
            ]}
          />
        </Form.Item>
      );
    case 'ACCEPT_SURRENDER':
      return bill.surrenderPurpose === 'AMENDMENT' ? (
        <Form.Item name="replacementNumber" label={t('bills.replacementNumber')} extra={t('bills.numberHint')} rules={[{ required: true, message: t('bills.required', { field: t('bills.replacementNumber') }) }]}>
          <Input />
        </Form.Item>
      ) : null;
    default:
      return null;
  }
}

/** Fetches a file the signed-in person may read and hands it to the browser as a download. */
async function download(bill: Bill, kind: 'pdf' | 'dcsa'): Promise<void> {
  const params = { path: { id: bill.id } };
  const blob = await unwrap(kind === 'pdf' ? api.GET('/bills/{id}/pdf', { params, parseAs: 'blob' }) : api.GET('/bills/{id}/dcsa', { params, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = kind === 'pdf' ? `bill-${bill.number}.pdf` : `bill-${bill.number}-dcsa.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A bill: where it stands, what the organisation may do with it, its document and its signed history. */
export function BillPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const who = useWho();
  const [acting, setActing] = useState<Action>();
  const [form] = Form.useForm<StepForm>();
  const bill = useQuery({ queryKey: ['bill', id], queryFn: () => unwrap(api.GET('/bills/{id}', { params: { path: { id } } })) });
  const history = useQuery({ queryKey: ['bill', id, 'history'], queryFn: () => unwrap(api.GET('/bills/{id}/history', { params: { path: { id } } })) });
  const failed = (failure: unknown) => void message.error(failure instanceof ApiFailure ? failure.message : t('error.network'));
  const step = useMutation({
    mutationFn: ({ action, values }: { action: Action; values: StepForm }) => takeStep(id, action, values),
    onSuccess: (result, { action }) => {
      void message.success(t('bills.done', { action: t(actKey(action)) }));
      queryClient.setQueryData(['bill', id], result.bill);
      void queryClient.invalidateQueries({ queryKey: ['bill', id, 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['bills'], exact: true });
      setActing(undefined);
      form.resetFields();
    },
    onError: failed,
  });
  const fetching = useMutation({ mutationFn: (kind: 'pdf' | 'dcsa') => download(bill.data as Bill, kind), onError: failed });

  if (bill.error) return <Typography.Text type="danger">{t('error.generic', { message: bill.error.message })}</Typography.Text>;
  if (!bill.data || !who.data) return <Spin />;
  const b = bill.data;
  const document = b.document as unknown as BillDocument;
  const organisationId = who.data.session.organisationId;
  const actions = actionsFor(b, organisationId, who.data.session.roles);
  const position = (p: Position) =>
    p && (
      <Space size={4}>
        <code translate="no">{p.party}</code>
        {p.organisationId === organisationId && <Tag>{t('bills.you')}</Tag>}
      </Space>
    );
  const party = (p: Party | null) => p && <span translate="no">{`${p.name} (${p.id})`}</span>;

  return (
    <article aria-labelledby="bill-title">
      <Link to="/bills-of-lading">{t('bills.back')}</Link>
      <Space align="center" wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} id="bill-title" style={{ fontSize: 22, marginTop: 8 }}>
          {t('bills.detail', { number: b.number })}
        </Typography.Title>
        <Space>
          <Button loading={fetching.isPending && fetching.variables === 'pdf'} onClick={() => fetching.mutate('pdf')}>
            {t('bills.pdf')}
          </Button>
          <Button loading={fetching.isPending && fetching.variables === 'dcsa'} onClick={() => fetching.mutate('dcsa')}>
            {t('bills.dcsa')}
          </Button>
        </Space>
      </Space>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'state', label: t('bills.state'), children: <Tag color={STATE_COLOUR[b.state]}>{t(`billState.${b.state}`)}</Tag> },
          { key: 'kind', label: t('bills.kind'), children: t(`bills.${b.kind}`) },
          { key: 'holder', label: t('bills.holder'), children: position(b.holder) },
          { key: 'carrier', label: t('bills.carrier'), children: position(b.carrier) },
          ...(b.pending ? [{ key: 'pending', label: t('bills.pending'), children: position(b.pending) }] : []),
          ...(b.pledgee ? [{ key: 'pledgee', label: t('bills.pledgee'), children: position(b.pledgee) }] : []),
          ...(b.surrenderPurpose ? [{ key: 'purpose', label: t('bills.purpose'), children: t(`bills.${b.surrenderPurpose}`) }] : []),
          ...(b.dossierId ? [{ key: 'dossier', label: t('bills.dossier'), children: <Link to={`/dossiers/${b.dossierId}`} translate="no">{document.dossier?.reference ?? b.dossierId}</Link> }] : []),
        ]}
      />
      <Card title={t('bills.actions')} size="small" style={{ marginTop: 16 }}>
        {actions.length ? (
          <Space wrap>
            {actions.map((action, index) => (
              <Button key={action} type={index === 0 ? 'primary' : 'default'} danger={DANGER.has(action)} onClick={() => setActing(action)}>
                {t(actKey(action))}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('bills.noActions')}</Typography.Text>
        )}
      </Card>
      <Modal
        open={acting !== undefined}
        title={acting && t('bills.confirmAction', { action: t(actKey(acting)) })}
        okText={t('bills.confirm')}
        okButtonProps={{ danger: acting !== undefined && DANGER.has(acting), loading: step.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setActing(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(values) => acting && step.mutate({ action: acting, values })}>
          <Typography.Paragraph>
            <span translate="no">{b.number}</span>
          </Typography.Paragraph>
          {acting && <StepFields action={acting} bill={b} />}
        </Form>
      </Modal>

      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('bills.document')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'shipper', label: t('bills.shipper'), children: party(document.shipper) },
          ...(document.consignee ? [{ key: 'consignee', label: t('bills.consignee'), children: party(document.consignee) }] : []),
          ...(document.toOrderOf ? [{ key: 'toOrderOf', label: t('bills.toOrderOf'), children: party(document.toOrderOf) }] : []),
          ...(document.notifyParty ? [{ key: 'notify', label: t('bills.notifyParty'), children: party(document.notifyParty) }] : []),
          { key: 'issued', label: t('bills.issuedAt'), children: formatTime(document.issuedAt) },
          { key: 'place', label: t('bills.placeOfIssue'), children: <span translate="no">{document.placeOfIssue}</span> },
          {
            key: 'route',
            label: t('bills.route'),
            children: <span translate="no">{[document.route.placeOfReceipt, document.route.portOfLoading, document.route.portOfDischarge, document.route.placeOfDelivery].join(' → ')}</span>,
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('bills.legs')}
      </Typography.Title>
      <Table<Leg>
        size="small"
        rowKey="sequence"
        pagination={false}
        dataSource={document.route.legs}
        columns={[
          { title: '#', dataIndex: 'sequence' },
          { title: t('field.mode'), render: (_, leg) => t(`bills.mode.${leg.mode}`, { defaultValue: leg.mode }) },
          { title: t('bills.from'), render: (_, leg) => <code translate="no">{leg.from}</code> },
          { title: t('bills.to'), render: (_, leg) => <code translate="no">{leg.to}</code> },
          { title: t('bills.voyage'), render: (_, leg) => <span translate="no">{[leg.trainNumber, leg.vesselName, leg.voyageNumber].filter(Boolean).join(' ')}</span> },
          { title: t('bills.departure'), render: (_, leg) => formatTime(leg.plannedDeparture) },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('bills.containers')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="number"
        pagination={false}
        dataSource={document.containers}
        columns={[
          { title: t('bills.container'), render: (_, c) => <code translate="no">{c.number}</code> },
          { title: t('bills.sizeType'), render: (_, c) => <span translate="no">{c.sizeType}</span> },
          { title: t('bills.seals'), render: (_, c) => <span translate="no">{c.seals.join(', ')}</span> },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('bills.cargo')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="lineNo"
        pagination={false}
        dataSource={document.cargo}
        columns={[
          { title: '#', dataIndex: 'lineNo' },
          { title: t('bills.description'), render: (_, line) => <span translate="no">{line.description}</span> },
          { title: t('bills.hsCode'), render: (_, line) => <code translate="no">{line.hsCode}</code> },
          { title: t('bills.packages'), render: (_, line) => <span translate="no">{`${line.packages} ${line.packageKind}`}</span> },
          { title: t('bills.grossWeightKg'), render: (_, line) => <span translate="no">{line.grossWeightKg}</span> },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('bills.history')}
      </Typography.Title>
      {history.data ? <BillTimeline entries={history.data.entries} /> : history.error ? <Typography.Text type="danger">{history.error.message}</Typography.Text> : <Spin />}
    </article>
  );
}
