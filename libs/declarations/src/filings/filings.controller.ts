import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { FilingDto } from './dto/filing.dto.js';
import { FilingsService } from './filings.service.js';

@ApiTags('declarations')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('declarations')
export class FilingsController {
  constructor(private readonly filings: FilingsService) {}

  @Get('dossiers/:id/filings')
  @ApiOperation({ summary: "The filings derived from a dossier's latest version, each field traced to its source" })
  @ApiOkResponse({ type: [FilingDto] })
  async forDossier(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto[]> {
    return (await this.filings.forDossier(caller, id)).map((f) => FilingDto.from(f));
  }

  @Get('filings/:id')
  @ApiOperation({ summary: "A filing, with what changed since the dossier's previous version" })
  @ApiOkResponse({ type: FilingDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    const { filing, changesFromPrevious } = await this.filings.get(caller, id);
    return FilingDto.from(filing, changesFromPrevious);
  }
}
