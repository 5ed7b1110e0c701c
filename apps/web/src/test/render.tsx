import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import el from '../i18n/el.json';
import en from '../i18n/en.json';

// Component tests render with the real catalogues and a query client that never retries.

export async function testI18n(lng: 'en' | 'el' = 'en') {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: { en: { translation: en }, el: { translation: el } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

export async function renderWithApp(ui: ReactElement, lng: 'en' | 'el' = 'en') {
  const i18n = await testI18n(lng);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  );
}
