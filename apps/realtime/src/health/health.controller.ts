import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DatabaseHealth } from '@syndesmos/database';
import { checkDependencies } from '@syndesmos/health';
import { APP_REDIS, pingRedis, type Redis } from '@syndesmos/redis';

@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    @Inject(APP_REDIS) private readonly redis: Redis,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get()
  async health(@Res() res: unknown): Promise<void> {
    const report = await checkDependencies({
      postgres: () => this.database.ping(),
      redis: () => pingRedis(this.redis),
    });
    this.adapterHost.httpAdapter.reply(res, report, report.status === 'ok' ? 200 : 503);
  }
}
