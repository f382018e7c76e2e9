import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CreateApiToken,
  createApiTokenSchema,
  type CreatedCredential,
  type CreateIngestKey,
  createIngestKeySchema,
  type Credential,
} from '@vigil/contracts';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { CredentialService } from './credential.service.js';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

@ApiTags('credentials')
@Controller('api/v1')
export class CredentialsController {
  constructor(private readonly credentials: CredentialService) {}

  @Get('api-tokens')
  @Roles('admin')
  async listTokens(): Promise<{ items: Credential[]; nextCursor: null }> {
    return { items: await this.credentials.list('personal'), nextCursor: null };
  }

  @Post('api-tokens')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a personal API token; the secret is in this response only' })
  createToken(
    @Body(new ZodValidationPipe(createApiTokenSchema)) body: CreateApiToken,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<CreatedCredential> {
    return this.credentials.createPersonal(user, body, context);
  }

  @Post('api-tokens/:id/revoke')
  @Roles('admin')
  @HttpCode(200)
  revokeToken(
    @Param('id', uuid) id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Credential> {
    return this.credentials.revoke(user, 'personal', id, context);
  }

  @Get('ingest-keys')
  @Roles('admin')
  async listIngestKeys(): Promise<{ items: Credential[]; nextCursor: null }> {
    return { items: await this.credentials.list('ingest'), nextCursor: null };
  }

  @Post('ingest-keys')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create an ingest key bound to one source; the secret is in this response only',
  })
  createIngestKey(
    @Body(new ZodValidationPipe(createIngestKeySchema)) body: CreateIngestKey,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<CreatedCredential> {
    return this.credentials.createIngestKey(user, body, context);
  }

  @Post('ingest-keys/:id/revoke')
  @Roles('admin')
  @HttpCode(200)
  revokeIngestKey(
    @Param('id', uuid) id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Credential> {
    return this.credentials.revoke(user, 'ingest', id, context);
  }
}
