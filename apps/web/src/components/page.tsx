import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit starts at the top as usual; only client navigations move focus.
let navigated = false;

/** A page's heading: sets the document title and takes focus after client navigation, so
 *  screen-reader and keyboard users start at the new page, not at the link they left. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} · ${t('app.name')}` : t('app.name');
  }, [text, t]);
  useEffect(() => {
    if (!navigated) {
      navigated = true;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
