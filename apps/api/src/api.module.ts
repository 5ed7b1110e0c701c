import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@syndesmos/auth';
import { ConsortiaModule } from '@syndesmos/consortia';
import { JobsModule } from '@syndesmos/jobs';
import { MatchingModule } from '@syndesmos/matching';
import { MessagingModule } from '@syndesmos/messaging';
import { NotificationsModule } from '@syndesmos/notifications';
import { OrganisationsModule } from '@syndesmos/organisations';
import { OutboxModule } from '@syndesmos/outbox';
import { InfrastructureModule, type Infrastructure } from '@syndesmos/runtime';
import { AuthController, MeController } from './auth/auth.controller';
import { AuthGuard } from './common/auth.guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { ChannelsController } from './channels/channels.controller';
import { AdminController, SuggestionsController } from './suggestions/suggestions.controller';
import { CallSearchController, CallsController, OrganisationCallsController } from './calls/calls.controller';
import { ConsortiaController, ConsortiumInvitationsController } from './consortia/consortia.controller';
import { NotificationsController } from './me/notifications.controller';
import { AccountMailController, MyAccountMailController } from './auth/account-mail.controller';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { HealthController } from './health/health.controller';
import { MyDataController } from './me/my-data.controller';
import { ModerationController } from './moderation/moderation.controller';
import { InvitationsController, OrganisationsController } from './organisations/organisations.controller';
import { PublicOrganisationsController } from './organisations/public.controller';
import { SearchController } from './search/search.controller';
import { TaxonomiesController } from './taxonomies/taxonomies.controller';
import { PlatformController } from './platform/platform.controller';
import { WorkplanExportController } from './workplans/workplan-export.controller';
import { WorkplansController } from './workplans/workplans.controller';
import { WorkplansModule } from '@syndesmos/workplans';

@Module({})
export class ApiModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        InfrastructureModule.forRoot(infra),
        AuthModule,
        OrganisationsModule,
        ConsortiaModule,
        WorkplansModule,
        MessagingModule,
        NotificationsModule,
        MatchingModule,
        JobsModule,
        OutboxModule,
      ],
      controllers: [
        HealthController,
        TaxonomiesController,
        PlatformController,
        AuthController,
        MeController,
        MyDataController,
        OrganisationsController,
        InvitationsController,
        PublicOrganisationsController,
        ModerationController,
        SearchController,
        CallsController,
        OrganisationCallsController,
        CallSearchController,
        ConsortiaController,
        ConsortiumInvitationsController,
        WorkplansController,
        WorkplanExportController,
        NotificationsController,
        ChannelsController,
        AccountMailController,
        MyAccountMailController,
        UnsubscribeController,
        SuggestionsController,
        AdminController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
