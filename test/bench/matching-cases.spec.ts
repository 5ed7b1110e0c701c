import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Case, caseProblems, explain, ndcg, recall, selectCases } from './matching/case-format';

// The match-quality cases and the harness's pure parts: which files a run picks, that every
// case is well formed (keys, codes, consortium ties), and what --explain shows.

const DIR = resolve(__dirname, 'matching', 'cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (f: string) => JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as Case;

describe('case selection (BENCH_CASES)', () => {
  const names = ['07-a.json', '17-b.json', '107-c.json', '07x-d.json', '31-e.json', 'README.md'];

  it('matches the number before the dash exactly, not as a substring', () => {
    expect(selectCases(names, '07')).toEqual(['07-a.json']);
    expect(selectCases(names, '1')).toEqual([]);
  });

  it('takes a comma list, in file order', () => {
    expect(selectCases(names, '31, 07')).toEqual(['07-a.json', '31-e.json']);
  });

  it('takes every case when unset', () => {
    expect(selectCases(names)).toEqual(['07-a.json', '07x-d.json', '107-c.json', '17-b.json', '31-e.json']);
  });
});

describe('the case files', () => {
  it('are at least 45, numbered uniquely', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    const numbers = files.map((f) => f.split('-')[0]);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(files)('%s is well formed', (f) => {
    expect(caseProblems(read(f))).toEqual([]);
  });

  it('a broken case is caught: unknown keys and codes, a replacement call without a departure', () => {
    const c = read(files[0]);
    const broken: Case = {
      ...c,
      organisations: { ...c.organisations, odd: { ...Object.values(c.organisations)[0], country: 'XX' } },
      calls: {
        repl: { owner: 'odd', title: 'Replacement', action: 'KA220-VET', consortium: true, excludedCountries: ['EL'] },
      },
      relevance: { ...c.relevance, ghost: 2 },
    };
    expect(caseProblems(broken)).toEqual(
      expect.arrayContaining([
        'odd.country: unknown code XX',
        'repl.excludedCountries: unknown code EL',
        'repl: a replacement call needs a consortium with a departed member',
        'relevance: ghost is not an organisation',
      ]),
    );
  });
});

describe('measures and --explain', () => {
  it('nDCG is 1 for the ideal order and less when the best is last; recall counts grades of 2 and up', () => {
    expect(ndcg(['a', 'b', 'c'], { a: 3, b: 2, c: 1 })).toBe(1);
    expect(ndcg(['c', 'b', 'a'], { a: 3, b: 2, c: 1 })).toBeLessThan(0.8);
    expect(recall(['a', 'c'], { a: 3, b: 2, c: 1 })).toBe(0.5);
  });

  it('shows every suggestion with its grade, score, components and reasons, and what was missed', () => {
    const c = read(files[0]);
    const [first, second] = Object.keys(c.organisations);
    const text = explain({ ...c, relevance: { [first]: 3, [second]: 2 }, never: ['x'] }, [
      {
        key: first,
        scored: {
          score: 7.25,
          components: { topic: 2, ownCountry: -2.5, closed: 0 },
          reasons: { en: ['Shares topics: green skills'], el: ['Κοινά θέματα: πράσινες δεξιότητες'] },
        },
      },
    ]);
    expect(text).toContain(`1      3    7.25  ${first}: ${c.organisations[first].name}`);
    expect(text).toContain('components: ownCountry -2.50, topic +2.00');
    expect(text).toContain('· Shares topics: green skills');
    expect(text).not.toContain('closed');
    expect(text).toContain(`graded 2 or 3 but not in the top ten: ${second} (2)`);
  });
});
