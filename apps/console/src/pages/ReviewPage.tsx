import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, unwrap, type Schemas } from '../api/client';
import { api } from '../auth/session';
import { formatTime, currentLanguage } from '../i18n/i18n';

type Organisation = Schemas['OrganisationDto'];
type Filter = 'PENDING' | 'ALL';

const nameOf = (org: Organisation): string => (currentLanguage() === 'zh-CN' && org.nameZh) || org.nameEn;

/** The node operator's queue of registrations: approve, or reject with a reason the applicant can act on. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [rejecting, setRejecting] = useState<Organisation>();
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const organisations = useQuery({
    queryKey: ['organisations', filter],
    queryFn: () => unwrap(api.GET('/identity/organisations', { params: { query: filter === 'PENDING' ? { status: 'PENDING' } : {} } })),
  });
  const review = useMutation({
    mutationFn: ({ org, decision, reason }: { org: Organisation; decision: 'APPROVE' | 'REJECT'; reason?: string }) =>
      unwrap(api.POST('/identity/organisations/{id}/review', { params: { path: { id: org.id } }, body: { decision, reason } })),
    onSuccess: (_, { org, decision }) => {
      void message.success(t(decision === 'APPROVE' ? 'review.approved' : 'review.rejected', { name: nameOf(org) }));
      setRejecting(undefined);
      reasonForm.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
    onError: (failure) => void message.error(failure instanceof ApiFailure ? failure.message : t('error.network')),
  });

  return (
    <section aria-labelledby="review-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} id="review-title" style={{ fontSize: 22 }}>
          {t('review.title')}
        </Typography.Title>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'PENDING', label: t('review.pending') },
            { value: 'ALL', label: t('review.all') },
          ]}
        />
      </Space>
      {organisations.error && <Typography.Text type="danger">{t('error.generic', { message: organisations.error.message })}</Typography.Text>}
      <Table<Organisation>
        rowKey="id"
        loading={organisations.isLoading}
        dataSource={organisations.data}
        locale={{ emptyText: t('review.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('review.name'), render: (_, org) => <span translate="no">{nameOf(org)}</span> },
          { title: t('review.id'), render: (_, org) => <code translate="no">{org.uscc ?? `${org.country}:${org.nationalId}`}</code> },
          { title: t('review.kinds'), render: (_, org) => org.kinds.map((kind) => <Tag key={kind}>{t(`kind.${kind}`)}</Tag>) },
          { title: t('review.submitted'), render: (_, org) => formatTime(org.createdAt) },
          { title: t('review.status'), render: (_, org) => <Tag color={org.status === 'APPROVED' ? 'success' : org.status === 'REJECTED' ? 'error' : 'processing'}>{t(`orgStatus.${org.status}`)}</Tag> },
          {
            title: t('review.actions'),
            render: (_, org) =>
              org.status === 'PENDING' && (
                <Space>
                  <Button type="primary" loading={review.isPending} onClick={() => review.mutate({ org, decision: 'APPROVE' })} aria-label={`${t('review.approve')} ${nameOf(org)}`}>
                    {t('review.approve')}
                  </Button>
                  <Button danger onClick={() => setRejecting(org)} aria-label={`${t('review.reject')} ${nameOf(org)}`}>
                    {t('review.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={rejecting !== undefined}
        title={rejecting && `${t('review.reject')} ${nameOf(rejecting)}`}
        okText={t('review.reject')}
        okButtonProps={{ danger: true, loading: review.isPending }}
        onOk={() => reasonForm.submit()}
        onCancel={() => setRejecting(undefined)}
      >
        <Form form={reasonForm} layout="vertical" onFinish={({ reason }) => rejecting && review.mutate({ org: rejecting, decision: 'REJECT', reason })}>
          <Form.Item name="reason" label={t('review.reason')} extra={t('review.reasonHint')} rules={[{ required: true, message: t('review.reasonHint') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
