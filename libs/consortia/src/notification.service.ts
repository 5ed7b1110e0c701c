import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import type { NotificationEntity } from './consortia.entity';
import { ConsortiaRepository } from './consortia.repository';

/** In-app notifications: each user reads and marks only their own. */
@Injectable()
export class NotificationService {
  constructor(private readonly repo: ConsortiaRepository) {}

  async list(
    userId: string,
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<{ items: NotificationEntity[]; more: boolean }> {
    const rows = await this.repo.notifications(userId, limit, after);
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  async markRead(userId: string, id: string): Promise<void> {
    if (!(await this.repo.markRead(userId, id)))
      throw new DomainException(ErrorCode.NotFound, 'notification not found');
  }
}
