import type {
  CallAnswerEntity,
  CallView,
  ConsortiumEventEntity,
  ConsortiumInvitationEntity,
  ConsortiumView,
  InvitationView,
  MemberView,
  OrganisationFacts,
} from '@syndesmos/consortia';

// Plain JSON answers for calls, answers, consortia, invitations and history. Dates are
// YYYY-MM-DD, instants ISO 8601.

export function toCallResponse(v: CallView) {
  const c = v.call;
  return {
    id: c.id,
    organisation: v.organisation,
    kind: c.kind,
    urgent: c.urgent,
    consortiumId: v.owner ? c.consortiumId : undefined,
    status: c.status,
    closedReason: c.closedReason,
    title: c.title,
    summary: c.summary,
    action: c.action,
    topics: c.topics,
    sought: c.sought,
    languages: c.languages,
    plannedStart: c.plannedStart,
    durationMonths: c.durationMonths,
    naDeadline: c.naDeadline,
    answerBy: c.answerBy,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    canManage: v.canManage,
    answerCounts: v.answerCounts ?? undefined,
  };
}

export function toAnswerResponse(
  a: CallAnswerEntity & { organisationName?: string; organisationCountry?: string; organisationType?: string },
) {
  return {
    id: a.id,
    callId: a.callId,
    organisation: a.organisationName
      ? { id: a.organisationId, name: a.organisationName, country: a.organisationCountry, type: a.organisationType }
      : { id: a.organisationId },
    role: a.role,
    offer: a.offer,
    // A withdrawn answer keeps no contact details on show.
    contact: a.status === 'withdrawn' ? null : a.contact,
    status: a.status,
    invitationId: a.invitationId,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

const orgSummary = (o: OrganisationFacts) => ({
  id: o.id,
  name: o.displayName,
  country: o.country,
  organisationType: o.organisationType,
  naceSections: o.naceSections,
});

const memberResponse = (m: MemberView) => ({ ...orgSummary(m), role: m.role, joinedAt: m.joinedAt });

export function toInvitationSummary(i: ConsortiumInvitationEntity) {
  return {
    id: i.id,
    consortiumId: i.consortiumId,
    organisationId: i.organisationId,
    role: i.role,
    message: i.message,
    status: i.status,
    answerId: i.answerId,
    createdAt: i.createdAt,
    decidedAt: i.decidedAt,
  };
}

export function toConsortiumResponse(v: ConsortiumView) {
  const c = v.consortium;
  return {
    id: c.id,
    name: c.name,
    action: c.action,
    summary: c.summary,
    naDeadline: c.naDeadline,
    status: c.status,
    applicationReference: c.applicationReference,
    coordinatorId: c.coordinatorId,
    fromCallId: c.fromCallId,
    channelId: v.channelId,
    members: v.members.map(memberResponse),
    eligibility: v.eligibility,
    composition: v.composition,
    mine: v.mine,
    canManage: v.canManage,
    pendingInvitations: v.pendingInvitations.map(toInvitationSummary),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toInvitationResponse(v: InvitationView) {
  return {
    ...toInvitationSummary(v.invitation),
    organisation: v.organisation && orgSummary(v.organisation),
    consortium: v.consortium,
    coordinator: v.coordinator && orgSummary(v.coordinator),
    members: v.members.map(memberResponse),
  };
}

export function toEventResponse(e: ConsortiumEventEntity) {
  return {
    id: e.id,
    action: e.action,
    actorId: e.actorId,
    actorOrganisationId: e.actorOrganisationId,
    organisationId: e.organisationId,
    detail: e.detail,
    createdAt: e.createdAt,
  };
}
