import { usccCheckCharacter, usccProblem } from '@landsea/uscc';
import { Alert, Button, Divider, Form, Input, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiFailure, publicApi, unwrap, type Schemas } from '../api/client';
import { PublicFrame } from '../layout/PublicFrame';

type Registration = Schemas['RegisterOrganisationDto'];
const KINDS = ['TRADER', 'CUSTOMS_BROKER', 'CARRIER', 'BANK', 'PORT_OPERATOR'] as const;
const PROVINCES: ReadonlyArray<NonNullable<Registration['provinceCode']>> = ['CQ', 'GX', 'GZ', 'GS', 'QH', 'XJ', 'YN', 'NX', 'SN', 'SC', 'NM', 'XZ', 'HI', 'GD'];

export function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Registration>();
  const country = Form.useWatch('country', form) ?? 'CN';
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState(false);

  /** The same check the node makes (GB 32100-2015), as the code is typed, in the reader's language. */
  const usccRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value) throw new Error(t('signIn.required', { field: t('register.uscc') }));
      const problem = usccProblem(value);
      if (problem?.problem === 'FORMAT') throw new Error(t('register.usccFormat'));
      if (problem) throw new Error(t('register.usccCheck', { expected: usccCheckCharacter(value.slice(0, 17)), actual: value[17] }));
    },
  };

  const submit = async (registration: Registration) => {
    setError(undefined);
    try {
      await unwrap(publicApi.POST('/identity/organisations', { body: registration }));
      setDone(true);
    } catch (failure) {
      if (failure instanceof ApiFailure) setError(failure);
      else throw failure;
    }
  };

  if (done) {
    return (
      <PublicFrame title={t('register.title')}>
        <Result status="success" title={t('register.done')} extra={<Link to="/sign-in">{t('register.backToSignIn')}</Link>} />
      </PublicFrame>
    );
  }
  const required = (field: string) => [{ required: true, message: t('signIn.required', { field: t(field) }) }];
  return (
    <PublicFrame title={t('register.title')}>
      <p>{t('register.intro')}</p>
      {error && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={error.message}
          description={error.body.details?.map((detail) => ('message' in detail ? String(detail.message) : '')).join('; ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ country: 'CN', kinds: ['TRADER'], provinceCode: 'CQ' }}>
        <Form.Item name="nameZh" label={t('register.nameZh')}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('register.nameEn')} rules={required('register.nameEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="country" label={t('register.country')} rules={required('register.country')}>
          <Input maxLength={2} style={{ width: 120 }} />
        </Form.Item>
        {country === 'CN' ? (
          <Form.Item name="uscc" label={t('register.uscc')} rules={[usccRule]} validateTrigger="onChange" hasFeedback normalize={(value: string) => value.toUpperCase()}>
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        ) : (
          <Form.Item name="nationalId" label={t('register.nationalId')} rules={required('register.nationalId')}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="kinds" label={t('register.kinds')} rules={required('register.kinds')}>
          <Select mode="multiple" options={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="provinceCode" label={t('register.provinceCode')}>
          <Select options={PROVINCES.map((code) => ({ value: code, label: code }))} style={{ width: 120 }} />
        </Form.Item>
        <Divider titlePlacement="start">{t('register.admin')}</Divider>
        <Form.Item name={['admin', 'displayName']} label={t('register.displayName')} rules={required('register.displayName')}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name={['admin', 'email']} label={t('register.email')} rules={required('register.email')}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name={['admin', 'password']} label={t('register.password')} extra={t('register.passwordHint')} rules={required('register.password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('register.submit')}
        </Button>
      </Form>
    </PublicFrame>
  );
}
