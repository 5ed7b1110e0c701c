import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DatabaseHealth } from '@syndesmos/database';
import { checkDependencies, type HealthReport } from '@syndesmos/health';
import { APP_REDIS, pingRedis, type Redis } from '@syndesmos/redis';
import { SearchHealth } from '@syndesmos/search';
import { Public } from '../common/auth.guard';
import { DEPENDENCIES, HealthResponseDto, toHealthResponse } from './health-response.dto';

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
  @ApiOperation({
    summary: 'Check the API and its dependencies',
    description:
      'Anyone, without signing in (for load balancers and monitoring): whether PostgreSQL, Redis and Meilisearch answer. Served at /health, outside /v1.',
  })
  @ApiOkResponse({ type: HealthResponseDto, description: 'PostgreSQL, Redis and Meilisearch all answer' })
  @ApiServiceUnavailableResponse({
    type: HealthResponseDto,
    description: 'At least one dependency does not answer; `down` names it',
  })
  async health(@Res() res: unknown): Promise<void> {
    const checks: Record<(typeof DEPENDENCIES)[number], () => Promise<unknown>> = {
      postgres: () => this.database.ping(),
      redis: () => pingRedis(this.redis),
      meilisearch: () => this.search.ping(1000),
    };
    const report: HealthReport = await checkDependencies(checks);
    this.adapterHost.httpAdapter.reply(res, toHealthResponse(report), report.status === 'ok' ? 200 : 503);
  }
}
