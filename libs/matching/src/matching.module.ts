import { Module } from '@nestjs/common';
import { ConsortiaModule } from '@syndesmos/consortia';
import { MessagingModule } from '@syndesmos/messaging';
import { NotificationsModule } from '@syndesmos/notifications';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { OpenCalls } from './open-calls';
import { SuggestionService } from './suggestion.service';
import { RefreshPlanner } from './refresh-planner';
import { ReverseMatcher } from './reverse-match';
import { SubjectStateRepository } from './subject-state.repository';

@Module({
  // Acting on a suggestion invites into a consortium or opens a conversation.
  imports: [NotificationsModule, ConsortiaModule, MessagingModule],
  providers: [
    MatchingRepository,
    MatchingService,
    OpenCalls,
    SuggestionService,
    SubjectStateRepository,
    ReverseMatcher,
    RefreshPlanner,
  ],
  exports: [MatchingService, SuggestionService, MatchingRepository, ReverseMatcher, RefreshPlanner],
})
export class MatchingModule {}
