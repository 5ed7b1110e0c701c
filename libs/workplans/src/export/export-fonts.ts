import { readFileSync } from 'node:fs';

// DejaVu Sans (from the dejavu-fonts-ttf package, a runtime dependency) has Greek glyphs; it is
// read once per process, and pdfkit embeds only the glyphs a document uses.

let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function exportFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
