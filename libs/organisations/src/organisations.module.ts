import { Module } from '@nestjs/common';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';

@Module({
  providers: [OrganisationRepository, ModerationRepository, OrganisationService, ModerationService],
  exports: [OrganisationService, ModerationService],
})
export class OrganisationsModule {}
