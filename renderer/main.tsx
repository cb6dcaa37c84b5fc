// Owns the renderer's entry: zod settings first (CSP forbids eval), then locale, query cache, router.
import './lib/zod-setup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import idID from 'antd/locale/id_ID';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router-dom';
import { App } from './app/App.tsx';
import { theme } from './app/theme.ts';
import './app/global.css';

dayjs.locale('id');

const queryClient = new QueryClient({
  defaultOptions: {
    // Backend errors are answers, not flaky network: retrying a FORBIDDEN or VALIDATION never helps.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan.');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={idID} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <App />
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
