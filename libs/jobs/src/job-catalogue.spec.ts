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
});
