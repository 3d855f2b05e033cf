import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, type Schemas } from '../api/client';
import { api } from '../auth/session';
import { STATE_COLOUR } from '../bills/bill-state';
import { formatTime } from '../i18n/i18n';

/** The bills the organisation is or has been party to, latest change first. */
export function BillsPage() {
  const { t } = useTranslation();
  const bills = useQuery({ queryKey: ['bills'], queryFn: () => unwrap(api.GET('/bills')) });
  return (
    <section aria-labelledby="bills-title">
      <Typography.Title level={1} id="bills-title" style={{ fontSize: 22 }}>
        {t('bills.title')}
      </Typography.Title>
      {bills.error && <Typography.Text type="danger">{t('error.generic', { message: bills.error.message })}</Typography.Text>}
      <Table<Schemas['BillDto']>
        rowKey="id"
        loading={bills.isLoading}
        dataSource={bills.data}
        locale={{ emptyText: t('bills.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('bills.number'), render: (_, b) => <Link to={`/bills-of-lading/${b.id}`} translate="no">{b.number}</Link> },
          { title: t('bills.kind'), render: (_, b) => t(`bills.${b.kind}`) },
          { title: t('bills.state'), render: (_, b) => <Tag color={STATE_COLOUR[b.state]}>{t(`billState.${b.state}`)}</Tag> },
          { title: t('bills.holder'), render: (_, b) => <code translate="no">{b.holder.party}</code> },
          { title: t('bills.updated'), render: (_, b) => formatTime(b.updatedAt) },
        ]}
      />
    </section>
  );
}
