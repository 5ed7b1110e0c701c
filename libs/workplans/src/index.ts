// Workplans: a consortium's shared plan (frame, work packages, activities, results, events),
// its rule report against the programme, and the per-partner view.
export * from './workplan.model';
export * from './workplan.rules';
export * from './partner-view';
export * from './workplan.service';
export * from './workplans.module';
export { WorkplanRepository, type ChangeEntry, type PartKind } from './workplan.repository';
export * from './export';
