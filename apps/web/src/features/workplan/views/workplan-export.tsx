import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';

type Format = 'pdf' | 'docx' | 'csv';

/** The UTF-8 name of a Content-Disposition header (filename*), else its plain filename. */
function fileName(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) return decodeURIComponent(extended[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * The workplan's downloads in the interface's language. Each is a real link to the export, but
 * the access token lives in memory (the session cookie reaches /v1/auth only), so a click
 * fetches the file through the signed-in client and saves what came back.
 */
export function WorkplanExport({ consortiumId }: { consortiumId: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  const lang = i18n.language === 'el' ? 'el' : 'en';
  const links: { format: Format; text: string; label: string }[] = [
    { format: 'pdf', text: t('workplan.export.pdf'), label: t('workplan.export.pdfLabel') },
    { format: 'docx', text: t('workplan.export.docx'), label: t('workplan.export.docxLabel') },
    { format: 'csv', text: t('workplan.export.csv'), label: t('workplan.export.csvLabel') },
  ];

  async function download(event: MouseEvent<HTMLAnchorElement>, format: Format) {
    event.preventDefault();
    if (busy) return;
    setBusy(format);
    setFailed(false);
    try {
      const result = await api.GET('/v1/consortia/{id}/workplan/export', {
        params: { path: { id: consortiumId }, query: { format, lang } },
        parseAs: 'blob',
      });
      const blob = unwrap(result) as Blob;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(result.response.headers.get('content-disposition'), `workplan.${format}`);
      document.body.append(a);
      a.click();
      a.remove();
      // Let the browser start the download before the address goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="workplan-export">
      <p className="actions" aria-label={t('workplan.export.label')} role="group">
        {links.map(({ format, text, label }) => (
          <a
            key={format}
            className="button button-secondary button-small"
            href={`/v1/consortia/${encodeURIComponent(consortiumId)}/workplan/export?format=${format}&lang=${lang}`}
            download
            aria-label={label}
            aria-busy={busy === format || undefined}
            onClick={(e) => void download(e, format)}
          >
            {text}
          </a>
        ))}
      </p>
      {failed && (
        <p role="alert" className="field-error">
          {t('workplan.export.failed')}
        </p>
      )}
    </div>
  );
}
