// Notifications and e-mail: the kinds and their texts (en/el), the notifier that records them in
// the transaction of the change, preferences, mail templates, and the worker's mail sender.
export * from './kinds';
export * from './kind-labels';
export * from './notifier';
export * from './mail-sender';
export * from './templates';
export * from './notifications.module';
export { NOTIFICATION_CREATED, MAIL_QUEUED } from './notifications.repository';
export type { NotificationRow } from './notifications.repository';
