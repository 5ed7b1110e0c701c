import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { MatchingRepository, type SubjectKind, type SuggestionRow } from './matching.repository';

/**
 * Reading and acting on suggestions. Who may see a subject's suggestions is decided by the
 * caller (the API checks membership of the subject's organisation); this records what
 * people do, so acceptance can be measured.
 */
@Injectable()
export class SuggestionService {
  constructor(private readonly repo: MatchingRepository) {}

  list(kind: SubjectKind, id: string): Promise<SuggestionRow[]> {
    return this.repo.list(kind, id);
  }

  async find(id: string): Promise<SuggestionRow> {
    const s = await this.repo.find(id);
    if (!s) throw new DomainException(ErrorCode.NotFound, 'suggestion not found');
    return s;
  }

  async dismiss(userId: string, s: SuggestionRow, reason: string | null): Promise<void> {
    await this.repo.setStatus(s.id, 'dismissed', { dismissReason: reason });
    await this.repo.record(s.id, userId, 'dismiss', reason ? { reason } : {});
  }

  async save(userId: string, s: SuggestionRow): Promise<void> {
    if (s.status === 'dismissed') throw new DomainException(ErrorCode.InvalidState, 'this suggestion was dismissed');
    await this.repo.setStatus(s.id, 'saved', {});
    await this.repo.record(s.id, userId, 'save');
  }

  async acted(userId: string, s: SuggestionRow, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.repo.setStatus(s.id, 'acted', { acted: action });
    await this.repo.record(s.id, userId, action, detail);
  }

  actionsBy(userId: string) {
    return this.repo.actionsBy(userId);
  }

  stats() {
    return this.repo.stats();
  }
}
