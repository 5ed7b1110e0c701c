import type { MigrationInterface, QueryRunner } from 'typeorm';

// The API remembers who each session belongs to (libs/auth/src/principal-cache.ts). These
// triggers tell every API process when that may have changed, whatever statement changed it:
// `s:<session id>` for a session updated (revoked, refreshed) or deleted, `u:<user id>` for a
// user updated (role, NA countries, language, verification) or deleted. NOTIFY is delivered
// after commit, and only then.
export class PrincipalInvalidation1765000000000 implements MigrationInterface {
  name = 'PrincipalInvalidation1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_principal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('principal_changed', TG_ARGV[0] || ':' || OLD.id::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER auth_session_principal_changed AFTER UPDATE OR DELETE ON auth_session
        FOR EACH ROW EXECUTE FUNCTION notify_principal_changed('s')`);
    await q.query(`
      CREATE TRIGGER app_user_principal_changed AFTER UPDATE OR DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_principal_changed('u')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER app_user_principal_changed ON app_user`);
    await q.query(`DROP TRIGGER auth_session_principal_changed ON auth_session`);
    await q.query(`DROP FUNCTION notify_principal_changed()`);
  }
}
