import mammoth from 'mammoth';

// Reads exported documents back as text, the way a person would see their words: the PDF's
// text through pdf.js (its Node build, no worker thread), the DOCX's through mammoth.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

async function loadPdfJs(): Promise<PdfJs> {
  // pdf.js runs its "worker" in this thread when it finds the worker module on globalThis.
  const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // ships no type declarations
  const worker: unknown = await import(workerModule);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Every page's text, pages joined by a newline, runs of white space made one space. */
export async function pdfText(data: Buffer): Promise<{ text: string; pages: number }> {
  pdfjs ??= loadPdfJs();
  const { getDocument } = await pdfjs;
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : '')).join(''));
  }
  await doc.destroy();
  return { text: squash(pages.join('\n')), pages: doc.numPages };
}

export async function docxText(data: Buffer): Promise<string> {
  return squash((await mammoth.extractRawText({ buffer: data })).value);
}

/** White space of any kind (no-break spaces of formatted amounts too) as one plain space. */
export const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
