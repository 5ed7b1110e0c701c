import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportBlock, ExportColumn, TimelineRow, WorkplanExportInput } from './export-document';
import { buildExportDocument } from './export-document';

// The workplan as a Word document for the application's narrative parts: the same blocks as the
// PDF, tables whose header row repeats on each page, and the timeline as a table of shaded months.

// A4 in twentieths of a point, with 2 cm margins.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const ACCENT = '1F4E79';
const HEAD_FILL = 'E8EEF4';
const BAR = '5B8FC7';
const RULE = 'C8D0D9';
// Half-points.
const SIZE = { body: 20, cell: 17, small: 13, tiny: 10 };

const borders = {
  top: { style: BorderStyle.SINGLE, size: 2, color: RULE },
  bottom: { style: BorderStyle.SINGLE, size: 2, color: RULE },
  left: { style: BorderStyle.SINGLE, size: 2, color: RULE },
  right: { style: BorderStyle.SINGLE, size: 2, color: RULE },
  insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: RULE },
  insideVertical: { style: BorderStyle.SINGLE, size: 2, color: RULE },
};
const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });

// Cell text goes through paragraph styles, and cell padding is the table's: a plan of 300
// activities is tens of thousands of XML elements, and each formatting property on each run
// or cell would add several more (the writer's time grows with them).
type CellStyle = 'Cell' | 'CellBold' | 'Small' | 'SmallBold' | 'Field' | 'FieldBold';
const CELL_MARGINS = { top: 40, bottom: 40, left: 70, right: 70 };

function lines(text: string, style: CellStyle, align?: 'left' | 'right'): Paragraph[] {
  return text
    .split('\n')
    .map(
      (line) => new Paragraph({ style, text: line, alignment: align === 'right' ? AlignmentType.RIGHT : undefined }),
    );
}

function cell(text: string, widthTwips: number, opts: { bold?: boolean; fill?: string; align?: 'left' | 'right' }) {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    shading: opts.fill ? shade(opts.fill) : undefined,
    children: lines(text, opts.bold ? 'CellBold' : 'Cell', opts.align),
  });
}

function table(columns: ExportColumn[], rows: string[][], total?: string[]): Table {
  const widths = columns.map((c) => Math.round(c.width * TEXT_WIDTH));
  const row = (cells: string[], head: boolean, fill?: string) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map((c, i) =>
        cell(c, widths[i], { bold: head || fill !== undefined, fill, align: columns[i].align }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: CELL_MARGINS,
    rows: [
      row(
        columns.map((c) => c.title),
        true,
        HEAD_FILL,
      ),
      ...rows.map((r) => row(r, false)),
      ...(total ? [row(total, false, HEAD_FILL)] : []),
    ],
  });
}

function timeline(months: number, rows: TimelineRow[], monthLabel: string): Table {
  const labelWidth = Math.round(TEXT_WIDTH * 0.3);
  const monthWidth = Math.floor((TEXT_WIDTH - labelWidth) / months);
  const widths = [labelWidth, ...Array.from({ length: months }, () => monthWidth)];
  // A run of months in one cell (columnSpan): a plan of 300 activities stays a few thousand
  // cells rather than eleven thousand, which is what keeps the document quick to write.
  const months_ = (span: number, fill?: string, text = '') =>
    new TableCell({
      width: { size: monthWidth * span, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      shading: fill ? shade(fill) : undefined,
      children: [new Paragraph({ style: 'Tiny', text, alignment: text ? AlignmentType.CENTER : undefined })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(monthLabel, labelWidth, { bold: true, fill: HEAD_FILL }),
      ...Array.from({ length: months }, (_, i) => months_(1, HEAD_FILL, String(i + 1))),
    ],
  });
  const body = rows.map((r) => {
    const start = Math.min(Math.max(1, r.start), months + 1);
    const end = Math.max(Math.min(months, r.end), start - 1);
    const before = start - 1;
    const bar = end - start + 1;
    const after = months - before - bar;
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          margins: r.group ? undefined : { left: 200 },
          children: lines(r.label, r.group ? 'SmallBold' : 'Small'),
        }),
        ...(before > 0 ? [months_(before)] : []),
        ...(bar > 0 ? [months_(bar, r.group ? ACCENT : BAR)] : []),
        ...(after > 0 ? [months_(after)] : []),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: { top: 10, bottom: 10, left: 70, right: 70 },
    rows: [header, ...body],
  });
}

function blockContent(block: ExportBlock, monthLabel: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return block.text.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] }));
    case 'fields':
      return [fieldsTable(block.rows), new Paragraph({ children: [] })];
    case 'table':
      return [table(block.columns, block.rows, block.total), new Paragraph({ children: [] })];
    case 'timeline':
      return [timeline(block.months, block.rows, monthLabel)];
  }
}

export function workplanDocx(input: WorkplanExportInput): Promise<Buffer> {
  const d = buildExportDocument(input);
  const l = d.labels;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(d.title)] }),
  ];
  for (const block of d.blocks) children.push(...blockContent(block, l.month));
  const doc = new Document({
    creator: 'Syndesmos',
    title: d.title,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: SIZE.body } },
        heading1: { run: { size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { size: 24, bold: true, color: ACCENT }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 200 } } },
      },
      paragraphStyles: [
        ...(
          [
            ['Cell', SIZE.cell, false],
            ['CellBold', SIZE.cell, true],
            ['Small', SIZE.small, false],
            ['SmallBold', SIZE.small, true],
            ['Field', SIZE.body, false],
            ['FieldBold', SIZE.body, true],
            ['Tiny', SIZE.tiny, false],
          ] as const
        ).map(([id, size, bold]) => ({
          id,
          name: id,
          run: { size, bold },
          paragraph: { spacing: { before: 0, after: 0 } },
        })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: d.header, size: SIZE.small, color: '5A6673' })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: d.footer, size: SIZE.small, color: '5A6673' }),
                  new TextRun({
                    size: SIZE.small,
                    color: '5A6673',
                    children: ['\t', `${l.page} `, PageNumber.CURRENT, ` ${l.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A summary's label–value pairs: a borderless two-column table, labels in bold. */
function fieldsTable(rows: [string, string][]): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.28), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.28)];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: CELL_MARGINS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0], type: WidthType.DXA }, children: lines(label, 'FieldBold') }),
            new TableCell({ width: { size: widths[1], type: WidthType.DXA }, children: lines(value, 'Field') }),
          ],
        }),
    ),
  });
}
