import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CreateOrganization,
  createOrganizationSchema,
  type Organization,
  type UpdateOrganization,
  updateOrganizationSchema,
} from '@vigil/contracts';
import { Roles, SignedIn } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { scopeOf } from '../../common/scope.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller('api/v1/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @SignedIn()
  async list(
    @CurrentUser() user: UserPrincipal,
  ): Promise<{ items: Organization[]; nextCursor: null }> {
    return { items: await this.organizations.list(scopeOf(user)), nextCursor: null };
  }

  @Post()
  @Roles('admin')
  create(
    @Body(new ZodValidationPipe(createOrganizationSchema)) body: CreateOrganization,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Organization> {
    return this.organizations.create(user, body, context);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id') id: string, @CurrentUser() user: UserPrincipal): Promise<Organization> {
    return this.organizations.get(scopeOf(user), id);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateOrganizationSchema)) body: UpdateOrganization,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Organization> {
    return this.organizations.update(user, id, body, context);
  }
}
