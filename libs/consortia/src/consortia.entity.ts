import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Action, ConsortiumRole } from './programme.rules';

export const CONSORTIUM_STATUSES = ['forming', 'ready', 'submitted', 'funded', 'not_funded', 'closed'] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

export const CALL_STATUSES = ['draft', 'open', 'paused', 'closed', 'expired'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALL_KINDS = ['project', 'replacement'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
export const CLOSED_REASONS = ['found_partners', 'withdrawn'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const ANSWER_STATUSES = ['pending', 'shortlisted', 'declined', 'withdrawn'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const INVITED_ROLES = ['partner', 'associated_partner'] as const;
export type InvitedRole = (typeof INVITED_ROLES)[number];
export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

/** What a call seeks: one entry per kind of partner. Empty lists mean "any". */
export interface SoughtPartner {
  countries: string[];
  naceSections: string[];
  organisationTypes: string[];
  count: number;
  role: InvitedRole;
  tasks: string;
}

export interface AnswerContact {
  name: string;
  email: string;
  phone: string | null;
}

@Entity({ name: 'consortium' })
export class ConsortiumEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 16 }) action!: Action;
  @Column('text') summary!: string;
  @Column('date', { nullable: true }) naDeadline!: string | null;
  @Column('varchar', { length: 12 }) status!: ConsortiumStatus;
  @Column('varchar', { length: 64, nullable: true }) applicationReference!: string | null;
  @Column('uuid') coordinatorId!: string;
  @Column('uuid', { nullable: true }) fromCallId!: string | null;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('int') version!: number;
}

@Entity({ name: 'consortium_member' })
export class ConsortiumMemberEntity {
  @PrimaryColumn('uuid') consortiumId!: string;
  @PrimaryColumn('uuid') organisationId!: string;
  @Column('varchar', { length: 20 }) role!: ConsortiumRole;
  @Column('timestamptz') joinedAt!: Date;
}

@Entity({ name: 'consortium_invitation' })
export class ConsortiumInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') consortiumId!: string;
  @Column('uuid') organisationId!: string;
  @Column('varchar', { length: 20 }) role!: InvitedRole;
  @Column('text', { nullable: true }) message!: string | null;
  @Column('varchar', { length: 12 }) status!: InvitationStatus;
  @Column('uuid', { nullable: true }) answerId!: string | null;
  @Column('uuid', { nullable: true }) invitedBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('uuid', { nullable: true }) decidedBy!: string | null;
}

@Entity({ name: 'consortium_event' })
export class ConsortiumEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid') consortiumId!: string;
  @Column('uuid', { nullable: true }) actorId!: string | null;
  @Column('uuid', { nullable: true }) actorOrganisationId!: string | null;
  @Column('varchar', { length: 32 }) action!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('jsonb') detail!: Record<string, unknown>;
  @Column('timestamptz') createdAt!: Date;
}

@Entity({ name: 'channel' })
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { length: 12 }) kind!: 'consortium' | 'direct';
  @Column('uuid', { nullable: true }) consortiumId!: string | null;
  @Column('timestamptz') createdAt!: Date;
}

@Entity({ name: 'partner_call' })
export class PartnerCallEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('varchar', { length: 12 }) kind!: CallKind;
  @Column('uuid', { nullable: true }) consortiumId!: string | null;
  @Column('varchar', { length: 10 }) status!: CallStatus;
  @Column('varchar', { length: 16, nullable: true }) closedReason!: ClosedReason | null;
  @Column('boolean') urgent!: boolean;
  @Column('varchar', { length: 200 }) title!: string;
  @Column('text') summary!: string;
  @Column('varchar', { length: 16 }) action!: Action;
  @Column('text', { array: true }) topics!: string[];
  @Column('jsonb') sought!: SoughtPartner[];
  @Column('text', { array: true }) languages!: string[];
  /** Countries the call takes no partner from (ISO 3166-1 alpha-2). */
  @Column('text', { array: true }) excludedCountries!: string[];
  @Column('date', { nullable: true }) plannedStart!: string | null;
  @Column('int', { nullable: true }) durationMonths!: number | null;
  @Column('date', { nullable: true }) naDeadline!: string | null;
  @Column('date') answerBy!: string;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) openedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('int') version!: number;
}

@Entity({ name: 'call_answer' })
export class CallAnswerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') callId!: string;
  @Column('uuid') organisationId!: string;
  @Column('varchar', { length: 20 }) role!: InvitedRole;
  @Column('text') offer!: string;
  @Column('jsonb') contact!: AnswerContact;
  @Column('varchar', { length: 12 }) status!: AnswerStatus;
  @Column('uuid', { nullable: true }) invitationId!: string | null;
  @Column('uuid', { nullable: true }) submittedBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const CONSORTIA_ENTITIES = [
  ConsortiumEntity,
  ConsortiumMemberEntity,
  ConsortiumInvitationEntity,
  ConsortiumEventEntity,
  ChannelEntity,
  PartnerCallEntity,
  CallAnswerEntity,
];
