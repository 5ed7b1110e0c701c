import { describe, expect, it } from 'vitest';
import { editedMentions, keptMentions, matchPeople, mentionQuery, safeHref, segments } from './message-text';

describe('message text', () => {
  it('makes http and https addresses links, leaving the sentence’s punctuation outside', () => {
    expect(segments('See https://example.org/plan, then http://a.eu.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/plan', href: 'https://example.org/plan' },
      { kind: 'text', text: ', then ' },
      { kind: 'link', text: 'http://a.eu', href: 'http://a.eu/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links another scheme', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(segments('javascript:alert(1) <b>x</b>')).toEqual([{ kind: 'text', text: 'javascript:alert(1) <b>x</b>' }]);
  });

  it('marks the mentions of the people a message names, the longest name first', () => {
    const people = [
      { userId: 'a', name: 'Ana' },
      { userId: 'b', name: 'Ana Maria' },
    ];
    expect(segments('Hi @Ana Maria and @Ana!', people)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'mention', text: '@Ana Maria', userId: 'b' },
      { kind: 'text', text: ' and ' },
      { kind: 'mention', text: '@Ana', userId: 'a' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('finds the name being typed after an @ at the caret', () => {
    expect(mentionQuery('Hello @Mar', 10)).toEqual({ start: 6, query: 'Mar' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail@example', 12)).toBeUndefined();
    expect(mentionQuery('Hello @Mar and', 14)).toBeUndefined();
  });

  it('suggests people by any word of their name, ignoring case and accents', () => {
    const people = [{ name: 'Maria Papadopoulou' }, { name: 'Ζωή Παπά' }, { name: 'João Silva' }];
    expect(matchPeople(people, 'pap')).toEqual([people[0]]);
    expect(matchPeople(people, 'ζω')).toEqual([people[1]]);
    expect(matchPeople(people, 'joao')).toEqual([people[2]]);
  });

  it('sends only the mentions still in the body', () => {
    const chosen = [
      { userId: 'a', name: 'Ana' },
      { userId: 'b', name: 'Rui' },
    ];
    expect(keptMentions('Thanks @Ana', chosen)).toEqual(['a']);
  });

  it('keeps on edit only the mentions whose @Name the text still holds', () => {
    const people = new Map([
      ['l', { userId: 'l', name: 'Lukas Schmidt' }],
      ['m', { userId: 'm', name: 'Maria' }],
    ]);
    expect(editedMentions('@Lukas Schmidt and @Maria, see this', people)).toEqual(['l', 'm']);
    expect(editedMentions('Lukas Schmidt, see this', people)).toEqual([]);
    expect(editedMentions('@Maria only', people)).toEqual(['m']);
  });
});
