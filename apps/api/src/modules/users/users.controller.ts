import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CreateUser,
  createUserSchema,
  type UpdateUser,
  updateUserSchema,
  type User,
} from '@vigil/contracts';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  async list(): Promise<{ items: User[]; nextCursor: null }> {
    return { items: await this.users.list(), nextCursor: null };
  }

  @Post()
  @Roles('admin')
  create(
    @Body(new ZodValidationPipe(createUserSchema)) body: CreateUser,
    @CurrentUser() actor: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<User> {
    return this.users.create(actor, body, context);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateUserSchema)) body: UpdateUser,
    @CurrentUser() actor: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<User> {
    return this.users.update(actor, id, body, context);
  }
}
