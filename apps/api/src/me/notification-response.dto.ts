import { ApiProperty } from '@nestjs/swagger';
import { DELIVERIES, NOTIFICATION_KIND_NAMES, type NotificationRow } from '@syndesmos/notifications';
import { PageOf } from '../common/page.dto';

export class NotificationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES, enumName: 'NotificationKind', example: 'organisation.approved' })
  kind!: string;
  @ApiProperty({ description: 'One line, in your language', example: 'IEK Athens is published' }) title!: string;
  @ApiProperty({ format: 'uri', description: 'Where in the web app it leads' }) link!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the title is made from (ids and names); its keys depend on the kind',
    example: { organisationId: '6f1c2a4e-2b1d-4c3e-9a7b-1d2e3f4a5b6c', organisationName: 'IEK Athens' },
  })
  payload!: Record<string, unknown>;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'How many events about the same subject it groups (within minutes of each other)',
  })
  count!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the last grouped event happened' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'null while unread' })
  readAt!: string | null;
}

export class NotificationListResponseDto extends PageOf(NotificationResponseDto) {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Unread notifications in all pages' }) unread!: number;
}

export class UnreadCountResponseDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) unread!: number;
}

export class MarkedReadResponseDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many were unread', example: 3 }) marked!: number;
}

export class NotificationPreferenceResponseDto {
  @ApiProperty({ enum: NOTIFICATION_KIND_NAMES, enumName: 'NotificationKind' }) kind!: string;
  @ApiProperty({ enum: DELIVERIES, enumName: 'Delivery', description: 'How it reaches you now' }) delivery!: string;
  @ApiProperty({ enum: DELIVERIES, enumName: 'Delivery', description: 'The platform default for this kind' })
  default!: string;
}

export function toNotificationResponse(n: NotificationRow, title: string, link: string): NotificationResponseDto {
  return {
    id: n.id,
    kind: n.kind,
    title,
    link,
    payload: n.payload,
    count: n.count,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

export function toPreferenceResponse(p: {
  kind: string;
  delivery: string;
  default: string;
}): NotificationPreferenceResponseDto {
  return { kind: p.kind, delivery: p.delivery, default: p.default };
}
