import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public } from '../common/auth.guard';

export class PlatformResponseDto {
  @ApiProperty({
    description: 'Where browsers reach the realtime gateway (socket.io), as PUBLIC_REALTIME_URL sets it',
    example: 'http://127.0.0.1:3001',
    format: 'uri',
  })
  realtimeUrl!: string;
}

@ApiTags('platform')
@Controller('platform')
export class PlatformController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Read what a client needs to reach the platform',
    description:
      'Anyone, without signing in: the address of the realtime gateway, so that the web app (or any client) connects to the one this deployment runs rather than a built-in guess.',
  })
  @ApiOkResponse({ type: PlatformResponseDto, description: 'The public addresses of this deployment' })
  @ApiErrors({})
  get(): PlatformResponseDto {
    return { realtimeUrl: this.config.publicRealtimeUrl };
  }
}
