import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, type Schemas } from '../api/client';
import { api } from '../auth/session';
import { formatTime } from '../i18n/i18n';

/** The organisation's dossiers, newest first. The API answers them all at once, so the table pages them. */
export function DossiersPage() {
  const { t } = useTranslation();
  const dossiers = useQuery({ queryKey: ['dossiers'], queryFn: () => unwrap(api.GET('/declarations/dossiers')) });
  return (
    <section aria-labelledby="dossiers-title">
      <Typography.Title level={1} id="dossiers-title" style={{ fontSize: 22 }}>
        {t('dossiers.title')}
      </Typography.Title>
      {dossiers.error && <Typography.Text type="danger">{t('error.generic', { message: dossiers.error.message })}</Typography.Text>}
      <Table<Schemas['DossierSummaryDto']>
        rowKey="id"
        loading={dossiers.isLoading}
        dataSource={dossiers.data}
        locale={{ emptyText: t('dossiers.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('dossiers.reference'), render: (_, d) => <Link to={`/dossiers/${d.id}`} translate="no">{d.reference}</Link> },
          { title: t('dossiers.version'), dataIndex: 'version' },
          { title: t('dossiers.updated'), render: (_, d) => formatTime(d.updatedAt) },
        ]}
      />
    </section>
  );
}
