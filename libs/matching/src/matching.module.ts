import { Module } from '@nestjs/common';
import { NotificationsModule } from '@syndesmos/notifications';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { SuggestionService } from './suggestion.service';

@Module({
  imports: [NotificationsModule],
  providers: [MatchingRepository, MatchingService, SuggestionService],
  exports: [MatchingService, SuggestionService, MatchingRepository],
})
export class MatchingModule {}
