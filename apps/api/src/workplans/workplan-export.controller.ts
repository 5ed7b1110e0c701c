import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@syndesmos/auth';
import { ErrorCode } from '@syndesmos/common';
import {
  contentDisposition,
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  exportFilename,
  exportInputOf,
  renderWorkplanExport,
  WorkplanService,
} from '@syndesmos/workplans';
import { ApiErrors } from '../common/api-errors.decorator';
import { SIGNED_IN_ERRORS } from '../common/api-error-codes';
import { CurrentPrincipal } from '../common/auth.guard';
import { WorkplanExportQueryDto } from './workplan-export.dto';

const MEDIA_TYPES = EXPORT_FORMATS.map((f) => EXPORT_CONTENT_TYPES[f].split(';')[0]);
const binary = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('workplans')
@ApiBearerAuth()
@Controller('consortia/:id/workplan/export')
export class WorkplanExportController {
  constructor(private readonly workplans: WorkplanService) {}

  @Get()
  @ApiOperation({
    summary: 'Download a consortium’s workplan',
    description:
      'People of its member organisations (404 NOT_FOUND for anyone else). `pdf` and `docx`: the plan in the ' +
      'order of the application form (summary, partners and their roles, work packages with their activities, ' +
      'results, events, budget per work package and per partner, a timeline over the project’s months); `csv`: ' +
      'the budget table (UTF-8 with a byte-order mark; a cell that could start a spreadsheet formula begins with ' +
      'an apostrophe). In `lang`, else in the language of the answer.',
  })
  @ApiOkResponse({
    description: 'The document, as an attachment',
    content: Object.fromEntries(MEDIA_TYPES.map((m) => [m, binary])),
    headers: {
      'Content-Disposition': {
        description:
          'attachment, with an ASCII `filename` (`workplan-<name>-YYYY-MM-DD.<format>`) and the UTF-8 `filename*`',
        schema: { type: 'string', pattern: '^attachment; filename="[\\x20-\\x21\\x23-\\x7e]+"; filename\\*=UTF-8\'\'' },
      },
      'Cache-Control': { description: 'Never stored by caches', schema: { type: 'string', enum: ['no-store'] } },
    },
  })
  @ApiErrors({ ...SIGNED_IN_ERRORS, 404: [ErrorCode.NotFound] })
  async export(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: WorkplanExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const locale = q.lang ?? p.locale;
    const view = await this.workplans.get({ ...p, locale }, id);
    const at = new Date();
    const data = await renderWorkplanExport(q.format, exportInputOf(view, locale, at));
    reply.header('cache-control', 'no-store');
    return new StreamableFile(data, {
      type: EXPORT_CONTENT_TYPES[q.format],
      disposition: contentDisposition(exportFilename(view.consortiumName, q.format, locale, at)),
      length: data.length,
    });
  }
}
