import type { MigrationInterface, QueryRunner } from 'typeorm';

// A message whose author's organisation was deleted shows as written by a deleted user in
// the channels the author reached through it. The author is kept (their own data export
// lists what they wrote); a deleted account's messages lose the author itself (ON DELETE SET NULL).
export class MessageAuthorDeleted1766400000000 implements MigrationInterface {
  name = 'MessageAuthorDeleted1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE message ADD COLUMN author_deleted boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE message DROP COLUMN author_deleted`);
  }
}
