import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main>
      <Result status="404" title={<h1 style={{ fontSize: 24 }}>{t('notFound.title')}</h1>} extra={<Link to="/"><Button type="primary">{t('notFound.home')}</Button></Link>} />
    </main>
  );
}
