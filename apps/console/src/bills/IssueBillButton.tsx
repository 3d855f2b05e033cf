import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiFailure, unwrap } from '../api/client';
import { api } from '../auth/session';
import { useWho } from '../auth/use-session';

interface IssueForm {
  number: string;
  kind: 'STRAIGHT' | 'TO_ORDER';
}

/**
 * The carrier the dossier names issues its bill from it: only the number and kind are asked, the
 * rest comes from the dossier. Shown only to that carrier's agents; the API checks again.
 */
export function IssueBillButton({ dossierId, carrierUscc }: { dossierId: string; carrierUscc: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const who = useWho();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<IssueForm>();
  const issue = useMutation({
    mutationFn: (values: IssueForm) => unwrap(api.POST('/bills', { body: { dossierId, number: values.number.trim().toUpperCase(), kind: values.kind } })),
    onSuccess: (bill) => {
      void message.success(t('bills.issued', { number: bill.number }));
      queryClient.setQueryData(['bill', bill.id], bill);
      void queryClient.invalidateQueries({ queryKey: ['bills'], exact: true });
      void navigate(`/bills-of-lading/${bill.id}`);
    },
    onError: (failure) => void message.error(failure instanceof ApiFailure ? failure.message : t('error.network')),
  });
  const session = who.data?.session;
  const isCarrier = session?.uscc != null && session.uscc === carrierUscc && session.roles.some((role) => role === 'CARRIER_AGENT' || role === 'ORG_ADMIN');
  if (!isCarrier) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('bills.issue')}
      </Button>
      <Modal open={open} title={t('bills.issueTitle')} okText={t('bills.issue')} okButtonProps={{ loading: issue.isPending }} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} onFinish={(values) => issue.mutate(values)}>
          <Form.Item
            name="number"
            label={t('bills.number')}
            extra={t('bills.numberHint')}
            rules={[
              { required: true, message: t('bills.required', { field: t('bills.number') }) },
              { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{2,34}$/, message: t('bills.numberHint') },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="kind" label={t('bills.kind')} initialValue="TO_ORDER">
            <Radio.Group
              options={[
                { value: 'TO_ORDER', label: t('bills.TO_ORDER') },
                { value: 'STRAIGHT', label: t('bills.STRAIGHT') },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
