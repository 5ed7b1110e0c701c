import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DatabaseHealth } from '@syndesmos/database';
import { checkDependencies, type HealthReport } from '@syndesmos/health';
import { APP_REDIS, pingRedis, type Redis } from '@syndesmos/redis';
import { SearchHealth } from '@syndesmos/search';
import { Public } from '../common/auth.guard';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    @Inject(APP_REDIS) private readonly redis: Redis,
    private readonly search: SearchHealth,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'PostgreSQL, Redis and Meilisearch all answer' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency does not answer; `down` names it' })
  async health(@Res() res: unknown): Promise<void> {
    const report: HealthReport = await checkDependencies({
      postgres: () => this.database.ping(),
      redis: () => pingRedis(this.redis),
      meilisearch: () => this.search.ping(1000),
    });
    this.adapterHost.httpAdapter.reply(res, report, report.status === 'ok' ? 200 : 503);
  }
}
