import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Result, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiFailure, publicApi, unwrap, type Schemas } from '../api/client';
import { BillTimeline } from '../bills/BillTimeline';
import { PublicFrame } from '../layout/PublicFrame';

type Verification = Schemas['VerificationDto'];

/** The steps after which the bill's holder is the step's `to` (see the bills context's state machine). */
const HOLDER_CHANGES = new Set(['ISSUE', 'IMPORT', 'ACCEPT_TRANSFER', 'ENFORCE_PLEDGE', 'ACCEPT_SURRENDER']);
const holderOf = (verification: Verification): string | null =>
  verification.entries.reduce<string | null>((holder, entry) => (HOLDER_CHANGES.has(entry.action) ? entry.to : holder), null);

/** The signed history as the node answered it, to keep or check offline (npm run verify-bill). */
function RawHistoryLink({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const href = URL.createObjectURL(new Blob([JSON.stringify(verification, null, 2)], { type: 'application/json' }));
    setUrl(href);
    return () => URL.revokeObjectURL(href);
  }, [verification]);
  return (
    <Space separator="·">
      <a href={url} download={`bill-${verification.number}-history.json`}>
        {t('verify.raw')}
      </a>
      <a href={verification.keys}>{t('verify.keys')}</a>
    </Space>
  );
}

function VerificationView({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  return (
    <>
      {verification.valid ? (
        <Result status="success" title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('verify.valid')}</h2>} style={{ padding: 16 }} />
      ) : (
        <Result status="error" title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('verify.invalid')}</h2>} style={{ padding: 16 }} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('verify.number')}>
          <code translate="no">{verification.number}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.state')}>
          <Tag color="processing">{t(`billState.${verification.state}`, { defaultValue: verification.state })}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.carrier')}>
          <code translate="no">{verification.carrier}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.holder')}>
          <code translate="no">{holderOf(verification)}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.node')}>{verification.node}</Descriptions.Item>
      </Descriptions>
      {verification.problems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          style={{ marginTop: 16 }}
          title={t('verify.problems')}
          description={verification.problems.map((p) => `${p.sequence ?? ''} ${p.problem}`).join('; ')}
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('verify.steps')}
      </Typography.Title>
      <BillTimeline entries={verification.entries} />
      <RawHistoryLink verification={verification} />
    </>
  );
}

/** What the QR code on a printed bill opens: anyone checks the bill's signed history, no sign-in needed. */
export function VerifyBillPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const number = params.get('number') ?? '';
  const carrier = params.get('carrier') ?? undefined;
  const verification = useQuery({
    queryKey: ['verify', number, carrier],
    enabled: number !== '',
    queryFn: () => unwrap(publicApi.GET('/bills/verify', { params: { query: { number, carrier } } })),
  });
  const notFound = verification.error instanceof ApiFailure && verification.error.status === 404;
  return (
    <PublicFrame title={t('verify.title')}>
      <Form layout="inline" initialValues={{ number }} onFinish={({ number: asked }: { number: string }) => setParams({ number: asked.trim() })} style={{ marginBottom: 16 }}>
        <Form.Item name="number" label={t('verify.number')} rules={[{ required: true, message: t('signIn.required', { field: t('verify.number') }) }]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('verify.lookup')}
        </Button>
      </Form>
      {verification.isLoading && <Spin />}
      {notFound && <Alert type="warning" role="alert" showIcon title={t('verify.notFound')} />}
      {verification.error && !notFound && <Alert type="error" role="alert" title={t('error.generic', { message: verification.error.message })} />}
      {verification.data && <VerificationView verification={verification.data} />}
    </PublicFrame>
  );
}
