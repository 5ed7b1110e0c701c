import type { CallSnapshot } from './open-calls';

// What one refresh run shares between its subjects: one snapshot of the open calls, and the
// answers of its latest searches. Many organisations search with the same words (topic labels
// come first, and six words are kept: at 100,000 generated profiles, 25,717 distinct queries),
// and within a run the same words and filters bring the same candidates, so each is asked once
// while it is among the latest. The full run orders organisations by their words for this.

/** Searches remembered per run: memory stays a few megabytes whatever the population. */
export const REMEMBERED_SEARCHES = 512;

export class RefreshRun {
  private readonly searches = new Map<string, Promise<unknown>>();

  constructor(readonly calls: CallSnapshot) {}

  /** The answer `search` gives, asked once while `key` is among the latest searches. */
  remember<T>(key: string, search: () => Promise<T>): Promise<T> {
    const known = this.searches.get(key) as Promise<T> | undefined;
    if (known) {
      // Most recently used last: the oldest is forgotten first.
      this.searches.delete(key);
      this.searches.set(key, known);
      return known;
    }
    const answer = search();
    this.searches.set(key, answer);
    // A failed search is not an answer: the next subject asks again.
    answer.catch(() => this.searches.get(key) === answer && this.searches.delete(key));
    if (this.searches.size > REMEMBERED_SEARCHES) this.searches.delete(this.searches.keys().next().value!);
    return answer;
  }
}
