// Channels and messages: storage with per-channel sequence numbers, access from organisation
// and consortium membership, read markers, idempotent sends, rate limits.
export * from './message-limits';
export * from './messaging.service';
export * from './messaging.module';
export type { ChannelKey, ChannelPerson, ChannelSummary, MessageRow } from './messaging.repository';
export { RateWindow, type RateWindowOptions } from './rate-window';
