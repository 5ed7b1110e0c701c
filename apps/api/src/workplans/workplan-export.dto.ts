import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SUPPORTED_LOCALES, type Locale } from '@syndesmos/common';
import { EXPORT_FORMATS, type ExportFormat } from '@syndesmos/workplans';

export class WorkplanExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS, description: 'pdf or docx: the whole plan; csv: the budget table' })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description:
      'The language of the document; without it, the language the API answers you in (Accept-Language, else ' +
      'your preferred language)',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  lang?: Locale;
}
