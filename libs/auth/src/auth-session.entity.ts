import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SessionRevokedReason = 'logout' | 'reuse_detected' | 'password_changed' | 'admin';

// A session is one refresh-token family: every rotation stays in it, and revoking it ends
// the refresh tokens and the access tokens issued under it.
@Entity({ name: 'auth_session' })
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz') lastUsedAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) revokedAt!: Date | null;
  @Column('varchar', { length: 32, nullable: true }) revokedReason!: SessionRevokedReason | null;
  @Column('varchar', { length: 300, nullable: true }) userAgent!: string | null;
  @Column('varchar', { length: 64, nullable: true }) ip!: string | null;
}
