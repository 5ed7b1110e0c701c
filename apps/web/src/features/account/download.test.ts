import { afterEach, describe, expect, it, vi } from 'vitest';
import { filenameFromDisposition, saveBlob } from './download';

const FALLBACK = 'syndesmos-export.json';

describe('the file name of a download', () => {
  it("is the API's quoted filename", () => {
    expect(filenameFromDisposition('attachment; filename="syndesmos-export-2026-03-01.json"', FALLBACK)).toBe(
      'syndesmos-export-2026-03-01.json',
    );
  });

  it('prefers the UTF-8 filename* and reads an unquoted one', () => {
    expect(
      filenameFromDisposition(`attachment; filename="a.json"; filename*=UTF-8''%CE%B4%CE%B5%CE%B4.json`, FALLBACK),
    ).toBe('δεδ.json');
    expect(filenameFromDisposition('attachment; filename=plain.json', FALLBACK)).toBe('plain.json');
  });

  it('falls back when the header is missing or names no usable file', () => {
    expect(filenameFromDisposition(null, FALLBACK)).toBe(FALLBACK);
    expect(filenameFromDisposition('attachment', FALLBACK)).toBe(FALLBACK);
    expect(filenameFromDisposition('attachment; filename=".."', FALLBACK)).toBe(FALLBACK);
  });

  it('keeps only the last path segment', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', FALLBACK)).toBe('passwd');
  });
});

describe('saving a Blob', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a temporary download link to an object URL and removes it', () => {
    const create = vi.fn(() => 'blob:http://localhost/1');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    saveBlob(new Blob(['{}'], { type: 'application/json' }), 'syndesmos-export-2026-03-01.json');
    expect(clicked).toEqual([{ href: 'blob:http://localhost/1', download: 'syndesmos-export-2026-03-01.json' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});
