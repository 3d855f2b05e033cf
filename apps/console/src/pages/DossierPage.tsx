import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Collapse, Descriptions, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localised, unwrap, type Schemas } from '../api/client';
import { leaves, readablePointer, valueAt } from '../api/json-pointer';
import { api } from '../auth/session';
import { IssueBillButton } from '../bills/IssueBillButton';
import { formatTime } from '../i18n/i18n';

type Finding = Schemas['FindingDto'];
type Provenance = { from: string } | { derivedFrom: string[] } | { keyed: true };

/** A field's name in the reader's language; the pointer itself on hover. */
function useFieldName() {
  const { t } = useTranslation();
  return (pointer: string) => readablePointer(pointer, (key) => t(`field.${key}`, { defaultValue: key }));
}

function FieldName({ pointer }: { pointer: string }) {
  const name = useFieldName();
  return <span title={pointer}>{name(pointer)}</span>;
}

const show = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** One section of the dossier (parties, invoice, …), each field with the findings that point at it. */
function DocumentSection({ pointer, document, findings }: { pointer: string; document: unknown; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const rows = leaves(valueAt(document, pointer), pointer).map((leaf) => ({
    ...leaf,
    findings: findings.filter((finding) => finding.pointers.includes(leaf.pointer)),
  }));
  return (
    <Table
      size="small"
      rowKey="pointer"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.findings.length ? 'has-finding' : '')}
      columns={[
        { title: t('dossier.field'), width: '35%', render: (_, row) => <FieldName pointer={row.pointer} /> },
        {
          title: t('dossier.value'),
          render: (_, row) => (
            <Space orientation="vertical" size={2}>
              <span translate="no">{show(row.value)}</span>
              {row.findings.map((finding) => (
                <Typography.Text key={finding.rule} type={finding.severity === 'ERROR' ? 'danger' : 'warning'}>
                  {t(`dossier.${finding.severity}`)}: {localised(finding.message)}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

function FilingProvenance({ filing }: { filing: Schemas['FilingDto'] }) {
  const { t } = useTranslation();
  const name = useFieldName();
  const provenance = filing.provenance as Record<string, Provenance>;
  const rows = Object.entries(provenance).map(([pointer, source]) => ({ pointer, source, value: valueAt(filing.content, pointer) }));
  const sourceText = (source: Provenance): string =>
    'keyed' in source ? t('dossier.keyed') : 'from' in source ? name(source.from) : source.derivedFrom.map(name).join(' + ');
  return (
    <Table
      size="small"
      rowKey="pointer"
      pagination={{ pageSize: 25, hideOnSinglePage: true }}
      dataSource={rows}
      columns={[
        // The filing's own field names are the receiving system's (customs, the manifest), shown as they are.
        { title: t('dossier.field'), render: (_, row) => <code translate="no">{readablePointer(row.pointer)}</code> },
        { title: t('dossier.value'), render: (_, row) => <span translate="no">{show(row.value)}</span> },
        { title: t('dossier.source'), render: (_, row) => ('keyed' in row.source ? <Tag>{sourceText(row.source)}</Tag> : sourceText(row.source)) },
      ]}
    />
  );
}

/** A dossier: its findings where they apply, and every filing derived from it with where each value came from. */
export function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useQuery({ queryKey: ['dossier', id], queryFn: () => unwrap(api.GET('/declarations/dossiers/{id}', { params: { path: { id } } })) });
  const filings = useQuery({ queryKey: ['filings', id], queryFn: () => unwrap(api.GET('/declarations/dossiers/{id}/filings', { params: { path: { id } } })) });
  if (dossier.error) return <Alert type="error" role="alert" title={t('error.generic', { message: dossier.error.message })} />;
  if (!dossier.data) return <Spin />;
  const d = dossier.data;
  const sections = Object.keys(d.document);
  return (
    <article aria-labelledby="dossier-title">
      <Link to="/dossiers">← {t('dossier.back')}</Link>
      <Space align="center" wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} id="dossier-title" style={{ fontSize: 22, marginTop: 8 }}>
          {t('dossier.title', { reference: d.reference })}
        </Typography.Title>
        <IssueBillButton dossierId={d.id} carrierUscc={d.document.parties.carrier?.uscc} />
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('dossier.status')}>
          <Tag color={d.status === 'READY' ? 'success' : 'error'}>{t(`dossier.${d.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.version')}>{t('dossier.version', { version: d.version })}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.updated')}>{formatTime(d.updatedAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph>{t('dossier.reuse', { filled: d.reuse.filledFromDossier })}</Typography.Paragraph>
      <section aria-labelledby="findings-title">
        <Typography.Title level={2} id="findings-title" style={{ fontSize: 18 }}>
          {t('dossier.findings')} <Badge count={d.findings.length} showZero color={d.findings.length ? '#b42318' : '#2e7d32'} />
        </Typography.Title>
        {d.findings.length === 0 ? (
          <Alert type="success" showIcon title={t('dossier.noFindings')} />
        ) : (
          <Table<Finding>
            size="small"
            rowKey={(finding) => finding.rule + finding.pointers.join()}
            pagination={false}
            dataSource={d.findings}
            columns={[
              { title: t('dossier.severity'), render: (_, f) => <Tag color={f.severity === 'ERROR' ? 'error' : 'default'}>{t(`dossier.${f.severity}`)}</Tag> },
              { title: t('dossier.field'), render: (_, f) => f.pointers.map((p) => <div key={p}><FieldName pointer={p} /></div>) },
              { title: t('dossier.findings'), render: (_, f) => localised(f.message) },
              { title: t('dossier.rule'), render: (_, f) => <code translate="no">{f.rule}</code> },
            ]}
          />
        )}
      </section>
      <Tabs
        style={{ marginTop: 24 }}
        items={[
          {
            key: 'document',
            label: t('dossier.document'),
            children: (
              <Collapse
                defaultActiveKey={sections.filter((section) => d.findings.some((f) => f.pointers.some((p) => p.startsWith(`/${section}/`))))}
                items={sections.map((section) => ({
                  key: section,
                  label: <FieldName pointer={`/${section}`} />,
                  children: <DocumentSection pointer={`/${section}`} document={d.document} findings={d.findings} />,
                }))}
              />
            ),
          },
          {
            key: 'filings',
            label: t('dossier.filings'),
            children: filings.data ? (
              <Collapse
                items={filings.data.map((filing) => ({
                  key: filing.id,
                  label: (
                    <Space>
                      {localised(filing.title)}
                      <Tag>{t(`filingStatus.${filing.status}`)}</Tag>
                      {filing.stale && <Tag color="default">{t('dossier.stale')}</Tag>}
                    </Space>
                  ),
                  children: <FilingProvenance filing={filing} />,
                }))}
              />
            ) : (
              <Spin />
            ),
          },
        ]}
      />
    </article>
  );
}
