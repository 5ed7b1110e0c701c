import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { inTransaction, managerOf, unwrapTx, type Tx } from '@syndesmos/database';
import { appendToOutbox, type OutboxTopic } from '@syndesmos/outbox';
import { CallAnswerEntity, PartnerCallEntity, type AnswerStatus, type CallStatus } from './consortia.entity';

/** Announces, in the same transaction, a change that may alter what call search shows. */
export const CALL_CHANGED = 'partner_call.changed' satisfies OutboxTopic;

export async function announceCall(tx: Tx, callId: string): Promise<void> {
  await appendToOutbox(tx, { topic: CALL_CHANGED, aggregateId: callId });
}

/** Calls that are not over yet: an organisation's deletion withdraws them. */
const LIVE_CALL: CallStatus[] = ['draft', 'open', 'paused'];

export type NewCall = Omit<
  PartnerCallEntity,
  'id' | 'status' | 'closedReason' | 'createdAt' | 'updatedAt' | 'openedAt' | 'closedAt' | 'version'
>;

@Injectable()
export class CallsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  async create(tx: Tx, row: NewCall, status: 'draft' | 'open'): Promise<PartnerCallEntity> {
    const em = unwrapTx(tx);
    const now = new Date();
    const call = await em.save(
      em.create(PartnerCallEntity, {
        ...row,
        status,
        closedReason: null,
        createdAt: now,
        updatedAt: now,
        openedAt: status === 'open' ? now : null,
        closedAt: null,
        version: 1,
      }),
    );
    if (status === 'open') await announceCall(tx, call.id);
    return call;
  }

  find(id: string, tx?: Tx): Promise<PartnerCallEntity | null> {
    const em = managerOf(this.ds, tx);
    return em.findOneBy(PartnerCallEntity, { id });
  }

  lock(tx: Tx, id: string): Promise<PartnerCallEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(PartnerCallEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  /** Writes changes, bumps the version, and announces when search may be affected. */
  async update(tx: Tx, call: PartnerCallEntity, changes: Partial<PartnerCallEntity>): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(
      PartnerCallEntity,
      { id: call.id },
      { ...changes, updatedAt: new Date(), version: call.version + 1 },
    );
    const status = changes.status ?? call.status;
    if (call.status === 'open' || status === 'open') await announceCall(tx, call.id);
  }

  /** Calls of one organisation, newest first; drafts only when asked for. */
  async listForOrganisation(
    organisationId: string,
    withDrafts: boolean,
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<PartnerCallEntity[]> {
    const qb = this.ds
      .createQueryBuilder(PartnerCallEntity, 'c')
      .where('c.organisation_id = :organisationId', { organisationId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1);
    if (!withDrafts) qb.andWhere(`c.status <> 'draft'`);
    if (after) qb.andWhere('(c.created_at, c.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return qb.getMany();
  }

  /** Every non-draft call of an organisation (its calls follow its visibility in search). */
  async idsOfOrganisation(organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM partner_call WHERE organisation_id = $1 AND status <> 'draft'`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  async *openBatches(batchSize: number): AsyncGenerator<PartnerCallEntity[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.ds
        .createQueryBuilder(PartnerCallEntity, 'c')
        .where(`c.status = 'open' AND c.id > :after`, { after })
        .orderBy('c.id')
        .take(batchSize)
        .getMany();
      if (batch.length === 0) return;
      yield batch;
      after = batch[batch.length - 1].id;
    }
  }

  async countOpen(): Promise<number> {
    return this.ds.getRepository(PartnerCallEntity).countBy({ status: 'open' });
  }

  // What the calls index must hold: open calls of published organisations.
  private static readonly INDEXABLE = `FROM partner_call c JOIN organisation o ON o.id = c.organisation_id
    WHERE c.status = 'open' AND o.status = 'published'`;

  async countIndexable(): Promise<number> {
    const [row]: { n: number }[] = await this.ds.query(`SELECT count(*)::int AS n ${CallsRepository.INDEXABLE}`);
    return row.n;
  }

  async newestIndexable(): Promise<{ id: string; version: number } | null> {
    const rows: { id: string; version: number }[] = await this.ds.query(
      `SELECT c.id, c.version ${CallsRepository.INDEXABLE} ORDER BY c.updated_at DESC, c.id LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  async indexableVersions(): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.ds.query(
      `SELECT c.id, c.version ${CallsRepository.INDEXABLE}`,
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** Calls whose answer-by day is over, still open or paused; locked, skipping ones in use. */
  async lockDue(tx: Tx, today: string, limit: number): Promise<PartnerCallEntity[]> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(PartnerCallEntity, 'c')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`c.status IN ('open', 'paused') AND c.answer_by < :today`, { today })
      .orderBy('c.answer_by')
      .take(limit)
      .getMany();
  }

  // ---- answers ----

  /**
   * Locks, in id order, what an organisation's deletion changes: its calls that are not over
   * (draft, open, paused) and the calls it still stands by an answer to (calls before
   * answers, as every other path). Answers its own live calls.
   */
  async lockForDeletionOf(tx: Tx, organisationId: string): Promise<PartnerCallEntity[]> {
    const em = unwrapTx(tx);
    const locked = await em
      .createQueryBuilder(PartnerCallEntity, 'c')
      .setLock('pessimistic_write')
      .where(
        `(c.organisation_id = :org AND c.status IN (:...live))
         OR c.id IN (SELECT call_id FROM call_answer WHERE organisation_id = :org AND status IN ('pending', 'shortlisted'))`,
        { org: organisationId, live: LIVE_CALL },
      )
      .orderBy('c.id')
      .getMany();
    return locked.filter((c) => c.organisationId === organisationId && LIVE_CALL.includes(c.status));
  }

  /** Every answer the organisation still stands by (pending or shortlisted) is withdrawn. */
  async withdrawAnswersOf(tx: Tx, organisationId: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(
      `UPDATE call_answer SET status = 'withdrawn', updated_at = now()
        WHERE organisation_id = $1 AND status IN ('pending', 'shortlisted')`,
      [organisationId],
    );
  }

  async createAnswer(
    tx: Tx,
    row: Pick<CallAnswerEntity, 'callId' | 'organisationId' | 'role' | 'offer' | 'contact' | 'submittedBy'>,
  ): Promise<CallAnswerEntity> {
    const em = unwrapTx(tx);
    const now = new Date();
    return em.save(
      em.create(CallAnswerEntity, { ...row, status: 'pending', invitationId: null, createdAt: now, updatedAt: now }),
    );
  }

  /** The answer row, locked: decisions and withdrawals on one answer happen one at a time. */
  lockAnswer(tx: Tx, callId: string, id: string): Promise<CallAnswerEntity | null> {
    const em = unwrapTx(tx);
    return em
      .createQueryBuilder(CallAnswerEntity, 'a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.call_id = :callId', { id, callId })
      .getOne();
  }

  async setAnswer(tx: Tx, id: string, changes: Partial<CallAnswerEntity>): Promise<void> {
    const em = unwrapTx(tx);
    await em.update(CallAnswerEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Answers to a call, oldest first (the order they came in), optionally by status. */
  async answers(
    callId: string,
    limit: number,
    status?: AnswerStatus,
    after?: { createdAt: string; id: string },
  ): Promise<
    (CallAnswerEntity & { organisationName: string; organisationCountry: string; organisationType: string })[]
  > {
    const params: unknown[] = [callId, limit + 1];
    let where = 'a.call_id = $1';
    if (status) {
      params.push(status);
      where += ` AND a.status = $${params.length}`;
    } else {
      where += ` AND a.status <> 'withdrawn'`;
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where += ` AND (a.created_at, a.id) > ($${params.length - 1}, $${params.length})`;
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT a.id, a.call_id, a.organisation_id, a.role, a.offer, a.contact, a.status, a.invitation_id,
              a.submitted_by, a.created_at, a.updated_at,
              o.display_name, o.country, o.organisation_type
         FROM call_answer a JOIN organisation o ON o.id = a.organisation_id
        WHERE ${where}
        ORDER BY a.created_at, a.id
        LIMIT $2`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      callId: r.call_id as string,
      organisationId: r.organisation_id as string,
      role: r.role as CallAnswerEntity['role'],
      offer: r.offer as string,
      contact: r.contact as CallAnswerEntity['contact'],
      status: r.status as AnswerStatus,
      invitationId: r.invitation_id as string | null,
      submittedBy: r.submitted_by as string | null,
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
      organisationName: r.display_name as string,
      organisationCountry: (r.country as string).trim(),
      organisationType: r.organisation_type as string,
    }));
  }

  /** Answers an organisation has sent, newest first. */
  /** An organisation's answers, newest first: `limit` of them and one more when there is a next page. */
  answersBy(
    organisationId: string,
    limit: number,
    before?: { createdAt: string; id: string },
  ): Promise<CallAnswerEntity[]> {
    const qb = this.ds
      .createQueryBuilder(CallAnswerEntity, 'a')
      .where('a.organisation_id = :organisationId', { organisationId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit + 1);
    if (before) qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at: before.createdAt, id: before.id });
    return qb.getMany();
  }

  /** "Your data": every call of the organisations (drafts too) and every answer they gave. */
  async exportFor(organisationIds: string[]): Promise<{ calls: PartnerCallEntity[]; answers: CallAnswerEntity[] }> {
    if (organisationIds.length === 0) return { calls: [], answers: [] };
    const [calls, answers] = await Promise.all([
      this.ds.getRepository(PartnerCallEntity).find({
        where: { organisationId: In(organisationIds) },
        order: { createdAt: 'ASC' },
      }),
      this.ds.getRepository(CallAnswerEntity).find({
        where: { organisationId: In(organisationIds) },
        order: { createdAt: 'ASC' },
      }),
    ]);
    return { calls, answers };
  }

  async countAnswers(callId: string): Promise<Record<AnswerStatus, number>> {
    const rows: { status: AnswerStatus; n: string }[] = await this.ds.query(
      `SELECT status, count(*) AS n FROM call_answer WHERE call_id = $1 GROUP BY status`,
      [callId],
    );
    const out: Record<AnswerStatus, number> = { pending: 0, shortlisted: 0, declined: 0, withdrawn: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
}

export type { CallStatus };
