import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationProfile } from './organisation-profile';

export const ORGANISATION_STATUSES = ['draft', 'submitted', 'published', 'rejected', 'suspended', 'deleted'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export const MEMBER_ROLES = ['owner', 'admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { length: 16 }) status!: OrganisationStatus;
  @Column('jsonb') profile!: OrganisationProfile;
  @Column('char', { length: 9 }) oid!: string;
  @Column('char', { length: 9, nullable: true }) pic!: string | null;
  @Column('char', { length: 2 }) country!: string;
  @Column('varchar', { length: 40 }) organisationType!: string;
  @Column('varchar', { length: 200 }) displayName!: string;
  @Column('timestamptz', { nullable: true }) oidVerifiedAt!: Date | null;
  @Column('uuid', { nullable: true }) oidVerifiedBy!: string | null;
  @Column('text', { nullable: true }) statusReason!: string | null;
  @Column('timestamptz', { nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) deletedAt!: Date | null;
  @Column('int') version!: number;
}

@Entity({ name: 'organisation_member' })
export class OrganisationMemberEntity {
  @PrimaryColumn('uuid') organisationId!: string;
  @PrimaryColumn('uuid') userId!: string;
  @Column('varchar', { length: 8 }) role!: MemberRole;
  @Column('timestamptz') joinedAt!: Date;
}

@Entity({ name: 'organisation_invitation' })
export class OrganisationInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('varchar', { length: 254 }) email!: string;
  @Column('varchar', { length: 8 }) role!: MemberRole;
  @Column('char', { length: 64 }) tokenHash!: string;
  @Column('uuid', { nullable: true }) invitedBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) acceptedAt!: Date | null;
  @Column('uuid', { nullable: true }) acceptedBy!: string | null;
  @Column('timestamptz', { nullable: true }) revokedAt!: Date | null;
}

export type RevisionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

@Entity({ name: 'organisation_revision' })
export class OrganisationRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('jsonb') profile!: OrganisationProfile;
  @Column('varchar', { length: 12 }) status!: RevisionStatus;
  @Column('uuid', { nullable: true }) proposedBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('uuid', { nullable: true }) decidedBy!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
}

export type ReportStatus = 'open' | 'dismissed' | 'actioned';

@Entity({ name: 'organisation_report' })
export class OrganisationReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('uuid', { nullable: true }) reporterId!: string | null;
  @Column('varchar', { length: 40 }) category!: string;
  @Column('text') text!: string;
  @Column('varchar', { length: 12 }) status!: ReportStatus;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz', { nullable: true }) resolvedAt!: Date | null;
  @Column('uuid', { nullable: true }) resolvedBy!: string | null;
  @Column('text', { nullable: true }) resolutionNote!: string | null;
}

@Entity({ name: 'moderation_audit' })
export class ModerationAuditEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid') organisationId!: string;
  @Column('char', { length: 2 }) country!: string;
  @Column('uuid', { nullable: true }) actorId!: string | null;
  @Column('varchar', { length: 16 }) actorRole!: string;
  @Column('varchar', { length: 32 }) action!: string;
  @Column('uuid', { nullable: true }) subjectId!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('jsonb', { nullable: true }) before!: object | null;
  @Column('jsonb', { nullable: true }) after!: object | null;
  @Column('timestamptz', { nullable: true }) waitingSince!: Date | null;
  @Column('timestamptz') createdAt!: Date;
}

export const ORGANISATION_ENTITIES = [
  OrganisationEntity,
  OrganisationMemberEntity,
  OrganisationInvitationEntity,
  OrganisationRevisionEntity,
  OrganisationReportEntity,
  ModerationAuditEntity,
];
