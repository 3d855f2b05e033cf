import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { signOut } from '../auth/session';
import { screensFor, useWho } from '../auth/use-session';
import { LanguageSwitch } from './LanguageSwitch';

/** The signed-in console: the menu shows only the screens the person's roles open. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const who = useWho();
  const roles = who.data?.session.roles ?? [];
  const screens = screensFor(roles);
  // The screen whose path is the longest prefix of the page's: /bills/verify is not /bills.
  const selected = screens
    .filter((screen) => location.pathname === screen.path || location.pathname.startsWith(`${screen.path}/`))
    .sort((a, b) => b.path.length - a.path.length)
    .slice(0, 1)
    .map((screen) => screen.key);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#0b3d6e', paddingInline: 24 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Link>
        <span style={{ flex: 1 }} />
        <Space size="middle">
          {who.data && (
            <span style={{ color: '#fff' }}>
              <span translate="no">{who.data.person?.displayName ?? who.data.session.subject}</span>{' '}
              {roles.map((role) => (
                <Tag key={role} color="processing">
                  {t(`role.${role}`)}
                </Tag>
              ))}
            </span>
          )}
          <LanguageSwitch />
          <Button onClick={() => void signOut()}>{t('menu.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0}>
          <nav aria-label={t('app.title')}>
            <Menu
              mode="inline"
              selectedKeys={selected}
              items={screens.map((screen) => ({ key: screen.key, label: <Link to={screen.path}>{t(`menu.${screen.key}`)}</Link> }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24 }}>
          {who.data && !who.data.session.organisationApproved && (
            <Typography.Paragraph type="warning">{t('home.pendingOrg')}</Typography.Paragraph>
          )}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
