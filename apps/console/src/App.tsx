import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiFailure } from './api/client';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { RequireSession } from './layout/RequireSession';
import { Home } from './pages/Home';
import { NotFoundPage } from './pages/NotFoundPage';

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not change on retry; a network failure may.
    queries: { retry: (count, error) => !(error instanceof ApiFailure) && count < 2, refetchOnWindowFocus: false },
  },
});

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
      { path: 'dossiers/:id', lazy: () => import('./pages/DossierPage').then((m) => ({ Component: m.DossierPage })) },
    ],
  },
  { path: '*', Component: NotFoundPage },
]);

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0b5cad' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
