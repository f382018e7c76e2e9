import { type INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';

export interface RouteEntry {
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

const joinPath = (...parts: (string | string[] | undefined)[]): string =>
  `/${parts
    .map((part) => (Array.isArray(part) ? part[0] : part) ?? '')
    .join('/')
    .split('/')
    .filter(Boolean)
    .join('/')}`;

/** Every HTTP route Nest serves, with the access rule it declares. */
export const listRoutes = (app: INestApplicationContext): RouteEntry[] => {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = Reflect.getMetadata(PATH_METADATA, metatype) as string | string[] | undefined;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      routes.push({
        method: RequestMethod[method],
        path: joinPath(base, path),
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          handler as () => void,
          metatype,
        ]),
      });
    }
  }
  return routes;
};

/** Refuses to serve an application with a route that declares no access rule. */
export const assertEveryRouteHasARule = (app: INestApplicationContext): void => {
  const missing = listRoutes(app).filter((route) => !route.rule);
  if (missing.length) {
    throw new Error(
      `routes without an access rule (add @Public, @Roles or @IngestKey): ${missing
        .map((r) => `${r.method} ${r.path}`)
        .join(', ')}`,
    );
  }
};
