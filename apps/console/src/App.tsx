import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from './api/query-client';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { RequireSession } from './layout/RequireSession';
import { Home } from './pages/Home';
import { NotFoundPage } from './pages/NotFoundPage';

// Links and secondary text dark enough for WCAG AA contrast (4.5:1) on white and on the page grey.
const THEME = {
  token: { colorPrimary: '#0b5cad', colorLink: '#0b5cad', colorInfo: '#0b5cad', colorSuccess: '#2e7d32', colorWarning: '#8a5a00', colorError: '#b42318', colorTextDescription: 'rgba(0, 0, 0, 0.68)', colorTextTertiary: 'rgba(0, 0, 0, 0.68)' },
};


// Each screen is its own chunk, loaded when first opened.
const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('./pages/SignInPage').then((m) => ({ Component: m.SignInPage })) },
  { path: '/register', lazy: () => import('./pages/RegisterPage').then((m) => ({ Component: m.RegisterPage })) },
  { path: '/bills/verify', lazy: () => import('./pages/VerifyBillPage').then((m) => ({ Component: m.VerifyBillPage })) },
  {
    element: (
      <RequireSession>
        <ConsoleLayout />
      </RequireSession>
    ),
    children: [
      { index: true, Component: Home },
      { path: 'review', lazy: () => import('./pages/ReviewPage').then((m) => ({ Component: m.ReviewPage })) },
      { path: 'dossiers', lazy: () => import('./pages/DossiersPage').then((m) => ({ Component: m.DossiersPage })) },
      { path: 'bills-of-lading', lazy: () => import('./pages/BillsPage').then((m) => ({ Component: m.BillsPage })) },
      { path: 'bills-of-lading/:id', lazy: () => import('./pages/BillPage').then((m) => ({ Component: m.BillPage })) },
      { path: 'dossiers/:id', lazy: () => import('./pages/DossierPage').then((m) => ({ Component: m.DossierPage })) },
    ],
  },
  { path: '*', Component: NotFoundPage },
]);

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
