// Typed events from the API and the worker to the realtime gateway, through Redis pub/sub.
// The API and the worker hold no sockets: they publish here, and every gateway node delivers
// to its own sockets. Later features add events to the map, not new transports.
export * from './realtime-events';
export * from './stage-profile';
