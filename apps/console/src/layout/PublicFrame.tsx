import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages anyone may open: sign-in, registration, bill verification. */
export function PublicFrame({ title, narrow, children }: { title: string; narrow?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-page">
      <main className={narrow ? 'card narrow' : 'card'}>
        <Card>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
            <Link to="/" style={{ fontWeight: 600 }}>
              {t('app.title')}
            </Link>
            <LanguageSwitch />
          </Space>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
