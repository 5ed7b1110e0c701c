import { JOB_DEFINITIONS, JOB_SCHEDULES, jobForOutboxRow, OUTBOX_TOPICS, scheduleKey } from './job-catalogue';

describe('outbox topics and schedules in the job catalogue', () => {
  const id = '0b5c9f6e-3f7a-4c1e-9d2b-6a8e1f0c4d37';

  it('turns every topic into a job whose payload fits it', () => {
    for (const topic of Object.keys(OUTBOX_TOPICS)) {
      const mapped = jobForOutboxRow(topic, id, {});
      expect(mapped).toMatchObject({ ok: true });
    }
    expect(jobForOutboxRow('mail.queued', id, {})).toEqual({
      ok: true,
      job: { job: { name: 'mail.send', data: { mailId: id } }, jobId: `mail-${id}` },
    });
  });

  it('says why a row can never be relayed: an unknown topic, a payload, or job data that does not fit', () => {
    expect(jobForOutboxRow('organisation.verified', id, {})).toEqual({
      ok: false,
      error: 'no job for outbox topic organisation.verified',
    });
    expect(jobForOutboxRow('toString', id, {})).toMatchObject({ ok: false });
    expect(jobForOutboxRow('organisation.changed', id, { fields: 'name' })).toEqual({
      ok: false,
      error: 'invalid payload for organisation.changed: takes no payload',
    });
    expect(jobForOutboxRow('partner_call.changed', 'not-a-uuid', {})).toEqual({
      ok: false,
      error: 'invalid payload for search.sync-call: callId must be a UUID',
    });
  });

  it('lists each schedule once, with a payload its job accepts', () => {
    const keys = JOB_SCHEDULES.map(scheduleKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of JOB_SCHEDULES) expect(JOB_DEFINITIONS[s.job.name].validate(s.job.data)).toEqual([]);
  });

  it('validates the matching payloads of the reverse pass and the incremental refresh', () => {
    const v = (name: 'matching.refresh' | 'matching.refresh-all' | 'matching.reverse', data: unknown) =>
      JOB_DEFINITIONS[name].validate(data);
    expect(v('matching.reverse', { targetKind: 'organisation', targetId: id })).toEqual([]);
    expect(v('matching.reverse', { targetKind: 'call', targetId: id })).toEqual([]);
    expect(v('matching.reverse', { targetKind: 'consortium', targetId: id })).not.toEqual([]);
    expect(v('matching.reverse', { targetKind: 'call', targetId: 'x' })).not.toEqual([]);
    const subject = { subjectKind: 'call', subjectId: id };
    expect(v('matching.refresh', subject)).toEqual([]);
    expect(v('matching.refresh', { ...subject, include: { organisations: [id], calls: [] } })).toEqual([]);
    expect(v('matching.refresh', { ...subject, include: { organisations: ['nope'] } })).not.toEqual([]);
    expect(v('matching.refresh', { ...subject, include: { consortia: [id] } })).not.toEqual([]);
    expect(v('matching.refresh', { ...subject, include: { calls: Array(51).fill(id) } })).not.toEqual([]);
    expect(v('matching.refresh', { ...subject, include: [id] })).not.toEqual([]);
    expect(v('matching.refresh-all', {})).toEqual([]);
    expect(v('matching.refresh-all', { mode: 'full' })).toEqual([]);
    expect(v('matching.refresh-all', { mode: 'incremental' })).toEqual([]);
    expect(v('matching.refresh-all', { mode: 'all' })).not.toEqual([]);
    expect(v('matching.refresh-all', { mode: 'full', extra: 1 })).not.toEqual([]);
  });
});
