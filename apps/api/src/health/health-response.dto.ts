import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DependencyStatus, HealthReport } from '@syndesmos/health';

export const DEPENDENCIES = ['postgres', 'redis', 'meilisearch'] as const;

export class DependencyStatusDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How long the check took' }) latencyMs!: number;
  @ApiPropertyOptional({ description: 'Why it is down' }) error?: string;
}

export class DependencyChecksDto {
  @ApiProperty({ type: DependencyStatusDto }) postgres!: DependencyStatusDto;
  @ApiProperty({ type: DependencyStatusDto }) redis!: DependencyStatusDto;
  @ApiProperty({ type: DependencyStatusDto }) meilisearch!: DependencyStatusDto;
}

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'degraded'], example: 'ok' }) status!: 'ok' | 'degraded';
  @ApiProperty({ type: DependencyChecksDto }) checks!: DependencyChecksDto;
  @ApiProperty({ enum: DEPENDENCIES, isArray: true, description: 'The dependencies that do not answer', example: [] })
  down!: string[];
}

function toDependencyResponse(s: DependencyStatus): DependencyStatusDto {
  return s.error === undefined
    ? { status: s.status, latencyMs: s.latencyMs }
    : { status: s.status, latencyMs: s.latencyMs, error: s.error };
}

export function toHealthResponse(r: HealthReport): HealthResponseDto {
  return {
    status: r.status,
    checks: {
      postgres: toDependencyResponse(r.checks.postgres),
      redis: toDependencyResponse(r.checks.redis),
      meilisearch: toDependencyResponse(r.checks.meilisearch),
    },
    down: r.down,
  };
}
