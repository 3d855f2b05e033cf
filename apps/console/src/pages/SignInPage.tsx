import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiFailure } from '../api/client';
import { markSignedIn } from '../auth/auth-state';
import { type EndReason, signIn } from '../auth/session';
import { PublicFrame } from '../layout/PublicFrame';

interface Arrival {
  readonly ended?: EndReason;
  readonly next?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const arrival = (useLocation().state ?? {}) as Arrival;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ email, password }: { email: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
      markSignedIn();
      navigate(arrival.next ?? '/', { replace: true });
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicFrame title={t('signIn.title')} narrow>
      {arrival.ended && !error && <Alert role="status" type="info" showIcon title={t(`signIn.ended.${arrival.ended}`)} style={{ marginBottom: 16 }} />}
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, message: t('signIn.required', { field: t('signIn.email') }) }]}>
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.required', { field: t('signIn.password') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('signIn.submit')}
        </Button>
      </Form>
      <Space style={{ marginTop: 16 }} separator="·">
        <Link to="/register">{t('signIn.register')}</Link>
        <Link to="/bills/verify">{t('signIn.verify')}</Link>
      </Space>
    </PublicFrame>
  );
}
