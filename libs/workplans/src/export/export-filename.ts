import type { Locale } from '@syndesmos/common';

// The name an exported workplan is saved under: an ASCII one every client understands, and the
// UTF-8 one (RFC 6266 / RFC 8187) that keeps a Greek consortium name readable.

export const EXPORT_FORMATS = ['pdf', 'docx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

const PREFIX: Record<Locale, string> = { en: 'workplan', el: 'σχέδιο-εργασιών' };

// ELOT 743, simplified: enough that a Greek name keeps its shape in the ASCII filename.
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

const MAX_STEM = 80;

/** Lower-case ASCII letters, digits and single hyphens; empty when nothing of the name survives. */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[α-ω]/g, (c) => GREEK[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
}

/** The name kept as written, without what a file system or a header cannot hold. */
function unicodeStem(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\p{C}\\/:*?"<>|;,]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, MAX_STEM);
}

export interface ExportFilename {
  ascii: string;
  unicode: string;
}

export function exportFilename(
  consortiumName: string,
  format: ExportFormat,
  locale: Locale,
  date: Date,
): ExportFilename {
  const day = date.toISOString().slice(0, 10);
  const ascii = asciiSlug(consortiumName) || 'consortium';
  const unicode = unicodeStem(consortiumName) || ascii;
  return {
    ascii: `workplan-${ascii}-${day}.${format}`,
    unicode: `${PREFIX[locale]}-${unicode}-${day}.${format}`,
  };
}

/** RFC 8187 value characters: everything else is percent-encoded. */
const encodeExtValue = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(name: ExportFilename): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeExtValue(name.unicode)}`;
}
