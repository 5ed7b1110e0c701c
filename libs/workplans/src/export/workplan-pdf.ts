import PDFDocument from 'pdfkit';
import type { ExportBlock, ExportColumn, ExportDocument, TimelineRow, WorkplanExportInput } from './export-document';
import { buildExportDocument } from './export-document';
import { exportFonts } from './export-fonts';

// The workplan as an A4 PDF: DejaVu Sans embedded (subset) so Greek renders anywhere, tables
// that carry their header row onto each new page, and a timeline drawn as bars on a month grid.

const MARGIN = { top: 62, bottom: 54, left: 48, right: 48 };
const INK = '#1d2733';
const ACCENT = '#1f4e79';
const RULE = '#c8d0d9';
const HEAD_FILL = '#e8eef4';
const BAR = '#5b8fc7';
const BAR_GROUP = ACCENT;
const SIZE = { body: 9, cell: 8, small: 7, h1: 15, h2: 11.5 };
const PAD = 3;
// A cell longer than this is cut, so that one row always fits on a page.
const MAX_CELL = 1400;

type Doc = PDFKit.PDFDocument;

export function workplanPdf(input: WorkplanExportInput): Promise<Buffer> {
  const d = buildExportDocument(input);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: input.locale,
    displayTitle: true,
    info: { Title: d.title, Creator: 'Syndesmos', CreationDate: input.generatedAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = exportFonts();
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('body').fontSize(SIZE.body).fillColor(INK);

  doc
    .font('bold')
    .fontSize(20)
    .fillColor(ACCENT)
    .text(d.title, { width: width(doc) });
  doc.moveDown(0.6);
  for (const block of d.blocks) draw(doc, block);
  pageFurniture(doc, d);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const left = (doc: Doc) => doc.page.margins.left;

function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function draw(doc: Doc, block: ExportBlock): void {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? SIZE.h1 : SIZE.h2;
      // Keep a heading with at least a few lines of what follows it.
      ensureSpace(doc, size * 2 + 40);
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      doc
        .font('bold')
        .fontSize(size)
        .fillColor(ACCENT)
        .text(block.text, left(doc), doc.y, { width: width(doc) });
      if (block.level === 1) {
        const y = doc.y + 2;
        doc
          .moveTo(left(doc), y)
          .lineTo(left(doc) + width(doc), y)
          .lineWidth(0.8)
          .strokeColor(ACCENT)
          .stroke();
        doc.y = y + 6;
      } else doc.moveDown(0.3);
      doc.fillColor(INK);
      return;
    }
    case 'paragraph':
      doc
        .font('body')
        .fontSize(SIZE.body)
        .fillColor(INK)
        .text(block.text, left(doc), doc.y, { width: width(doc) });
      doc.moveDown(0.5);
      return;
    case 'fields':
      return fields(doc, block.rows);
    case 'table':
      return table(doc, block.columns, block.rows, block.total);
    case 'timeline':
      return timeline(doc, block.months, block.rows);
  }
}

function fields(doc: Doc, rows: [string, string][]): void {
  const labelWidth = width(doc) * 0.28;
  const valueWidth = width(doc) - labelWidth;
  for (const [label, value] of rows) {
    doc.font('bold').fontSize(SIZE.body);
    const labelHeight = doc.heightOfString(label, { width: labelWidth - 8 });
    doc.font('body');
    const h = Math.max(doc.heightOfString(value, { width: valueWidth }), labelHeight) + 3;
    ensureSpace(doc, h);
    const y = doc.y;
    doc
      .font('bold')
      .fillColor(INK)
      .text(label, left(doc), y, { width: labelWidth - 8 });
    doc.font('body').text(value, left(doc) + labelWidth, y, { width: valueWidth });
    doc.y = y + h;
  }
  doc.moveDown(0.4);
}

const cut = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

function table(doc: Doc, columns: ExportColumn[], rows: string[][], total?: string[]): void {
  const x0 = left(doc);
  const widths = columns.map((c) => c.width * width(doc));
  const full = widths.reduce((a, b) => a + b, 0);
  const measure = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(SIZE.cell);
    const line = doc.currentLineHeight(true);
    // Most cells hold one short line: measuring its width is far cheaper than laying it out.
    const height = (c: string, w: number) =>
      !c.includes('\n') && doc.widthOfString(c) <= w ? line : doc.heightOfString(c, { width: w });
    return Math.max(...cells.map((c, i) => height(c, widths[i] - 2 * PAD))) + 2 * PAD;
  };
  const drawRow = (cells: string[], font: 'body' | 'bold', h: number, fill?: string) => {
    const y = doc.y;
    if (fill) doc.rect(x0, y, full, h).fill(fill);
    let x = x0;
    doc.font(font).fontSize(SIZE.cell).fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(c, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    doc
      .moveTo(x0, y + h)
      .lineTo(x0 + full, y + h)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + h;
  };
  const header = columns.map((c) => c.title);
  const headerHeight = measure(header, 'bold');
  const body = [...rows, ...(total ? [total] : [])].map((r) => r.map(cut));
  const first = body[0] ? measure(body[0], 'body') : 0;
  ensureSpace(doc, headerHeight + first);
  drawRow(header, 'bold', headerHeight, HEAD_FILL);
  body.forEach((row, i) => {
    const isTotal = total !== undefined && i === body.length - 1;
    const font = isTotal ? 'bold' : 'body';
    const h = i === 0 && !isTotal ? first : measure(row, font);
    if (ensureSpace(doc, h)) drawRow(header, 'bold', headerHeight, HEAD_FILL);
    drawRow(row, font, h, isTotal ? HEAD_FILL : undefined);
  });
  doc.x = x0;
  doc.moveDown(0.6);
}

function timeline(doc: Doc, months: number, rows: TimelineRow[]): void {
  const x0 = left(doc);
  const labelWidth = width(doc) * 0.32;
  const cell = (width(doc) - labelWidth) / months;
  const gridX = x0 + labelWidth;
  const rowH = 11;
  const every = cell >= 9 ? 1 : cell >= 4.5 ? 3 : 6;
  let top = doc.y;
  // The month grid of one page's stretch of rows, drawn once it is known how far it goes:
  // a light line each month, a darker one each year.
  const drawGrid = () => {
    for (const yearly of [false, true]) {
      for (let m = 0; m <= months; m++) {
        if ((m % 12 === 0) !== yearly) continue;
        doc.moveTo(gridX + m * cell, top).lineTo(gridX + m * cell, doc.y);
      }
      doc
        .lineWidth(yearly ? 0.6 : 0.2)
        .strokeColor(RULE)
        .stroke();
    }
  };
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(x0, y, width(doc), rowH + 2).fill(HEAD_FILL);
    doc.font('bold').fontSize(SIZE.small).fillColor(INK);
    for (let m = 1; m <= months; m++) {
      if (m !== 1 && m % every !== 0) continue;
      doc.text(String(m), gridX + (m - 1) * cell - 4, y + 3, { width: cell + 8, align: 'center', lineBreak: false });
    }
    doc.y = y + rowH + 2;
    top = doc.y;
  };
  ensureSpace(doc, (rowH + 2) * 3);
  drawHeader();
  for (const r of rows) {
    if (doc.y + rowH > bottom(doc)) {
      drawGrid();
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    doc
      .font(r.group ? 'bold' : 'body')
      .fontSize(SIZE.small)
      .fillColor(INK)
      .text(r.label, x0 + (r.group ? 0 : 6), y + 2, {
        width: labelWidth - (r.group ? 4 : 10),
        height: rowH - 2,
        ellipsis: true,
        lineBreak: false,
      });
    const start = Math.max(1, r.start);
    const end = Math.min(months, r.end);
    if (end >= start) {
      doc
        .rect(
          gridX + (start - 1) * cell + 0.5,
          y + (r.group ? 2 : 3),
          (end - start + 1) * cell - 1,
          r.group ? rowH - 4 : rowH - 6,
        )
        .fill(r.group ? BAR_GROUP : BAR);
    }
    doc
      .moveTo(x0, y + rowH)
      .lineTo(x0 + width(doc), y + rowH)
      .lineWidth(0.2)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + rowH;
  }
  drawGrid();
  doc.fillColor(INK);
  doc.x = x0;
}

/** The header and footer of every page, written once all pages exist (so "page n of N" is known). */
function pageFurniture(doc: Doc, d: ExportDocument): void {
  const range = doc.bufferedPageRange();
  const l = d.labels;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const w = doc.page.width - margins.left - margins.right;
    // Writing inside the margins must not start a new page.
    const savedBottom = margins.bottom;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.font('body').fontSize(SIZE.small).fillColor('#5a6673');
    doc.text(d.header, margins.left, 30, { width: w, lineBreak: false, ellipsis: true, height: 10 });
    doc
      .moveTo(margins.left, 44)
      .lineTo(margins.left + w, 44)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    const y = doc.page.height - 36;
    doc.text(d.footer, margins.left, y, { width: w / 2, lineBreak: false });
    doc.text(`${l.page} ${i - range.start + 1} ${l.of} ${range.count}`, margins.left + w / 2, y, {
      width: w / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins = { ...margins, bottom: savedBottom };
  }
}
