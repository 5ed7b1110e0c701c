import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighted, highlightParts, plainText } from './highlight';

afterEach(cleanup);

function html(value: string): string {
  const { container } = render(
    <p>
      <Highlighted value={value} />
    </p>,
  );
  return container.innerHTML;
}

describe('highlightParts', () => {
  it('cuts the text into marked and unmarked runs', () => {
    expect(highlightParts('<mark>IEK</mark> Athens')).toEqual([
      { text: 'IEK', marked: true },
      { text: ' Athens', marked: false },
    ]);
    expect(highlightParts('green <mark>skills</mark> and <mark>VET</mark>')).toEqual([
      { text: 'green ', marked: false },
      { text: 'skills', marked: true },
      { text: ' and ', marked: false },
      { text: 'VET', marked: true },
    ]);
  });

  it('gives plain text back as one unmarked run, and nothing for nothing', () => {
    expect(highlightParts('ΕΠΑΛ Ρεθύμνου')).toEqual([{ text: 'ΕΠΑΛ Ρεθύμνου', marked: false }]);
    expect(highlightParts('')).toEqual([]);
    expect(highlightParts('<mark></mark>')).toEqual([]);
  });

  it('counts nested markers as one mark and drops a closing marker with nothing open', () => {
    expect(highlightParts('<mark>a<mark>b</mark>c</mark>d')).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: false },
    ]);
    expect(highlightParts('a</mark>b')).toEqual([{ text: 'ab', marked: false }]);
    expect(highlightParts('</mark></mark><mark>x</mark>')).toEqual([{ text: 'x', marked: true }]);
  });

  it('runs a mark left open to the end of the text', () => {
    expect(highlightParts('cut <mark>off')).toEqual([
      { text: 'cut ', marked: false },
      { text: 'off', marked: true },
    ]);
  });

  it('honours only the exact markers: other spellings and attributes stay text', () => {
    expect(highlightParts('<MARK>x</MARK> <mark class="a">y</mark>')).toEqual([
      { text: '<MARK>x</MARK> <mark class="a">y', marked: false },
    ]);
  });
});

describe('Highlighted', () => {
  it('renders matches as <mark> elements', () => {
    expect(html('<mark>IEK</mark> Athens')).toBe('<p><mark>IEK</mark> Athens</p>');
  });

  it('shows a script tag as text, never as an element', () => {
    const out = html('<script>alert(1)</script> <mark>school</mark>');
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; <mark>school</mark></p>');
  });

  it('shows an image with an error handler as text, inside a mark too', () => {
    const { container } = render(<Highlighted value={'<mark><img src=x onerror="alert(1)"></mark>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('keeps entities and markup fragments literally', () => {
    const { container } = render(<Highlighted value={'&lt;b&gt; <b>bold</b> </mark><mark>&amp;'} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('&lt;b&gt; <b>bold</b> &amp;');
    expect(container.querySelector('mark')?.textContent).toBe('&amp;');
  });

  it('makes no element but <mark> whatever the markers around hostile text', () => {
    const hostile = '<mark><mark><svg onload=alert(1)></mark></mark></mark><iframe src="javascript:x"><mark>';
    const { container } = render(<Highlighted value={hostile} />);
    const tags = [...container.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['mark']));
    expect(container.textContent).toBe('<svg onload=alert(1)><iframe src="javascript:x">');
  });
});

describe('plainText', () => {
  it('drops the markers and keeps everything else', () => {
    expect(plainText('<mark>Κέντρο</mark> Καριέρας <b>')).toBe('Κέντρο Καριέρας <b>');
  });
});
