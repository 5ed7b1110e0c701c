export * from './export-document';
export * from './export-filename';
export * from './export-labels';
export * from './workplan-csv';
export * from './workplan-docx';
export * from './workplan-pdf';
export * from './workplan-export';
