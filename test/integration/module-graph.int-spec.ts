import { describe, expect, it } from '@jest/globals';
import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { GLOBAL_MODULE_METADATA, MODULE_METADATA } from '@nestjs/common/constants.js';
import { AppModule } from '../../src/app.module.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { DatabaseModule } from '../../src/database/database.module.js';
import { QueueModule } from '../../src/jobs/queue.module.js';
import { RedisModule } from '../../src/redis/redis.module.js';
import { testConfig } from '../support/test-config.js';

type ModuleRef = Type | DynamicModule | ForwardReference;
type Node = { name: string; imports: Type[]; providers: Provider[]; global: boolean };

/** A forward reference is how Nest lets two modules import each other: followed here, so such a cycle shows. */
const resolved = (ref: ModuleRef): Type | DynamicModule => ('forwardRef' in ref ? (ref.forwardRef() as Type) : ref);
const classOf = (ref: ModuleRef): Type => {
  const target = resolved(ref);
  return 'module' in target ? target.module : target;
};
const metadata = <T>(key: string, type: Type): T[] => (Reflect.getMetadata(key, type) as T[] | undefined) ?? [];

/** Every module the app and its workers load, read from Nest's decorators and the dynamic modules' own lists. */
function moduleGraph(root: ModuleRef): Map<Type, Node> {
  const nodes = new Map<Type, Node>();
  const visited = new Set<ModuleRef>();
  const visit = (reference: ModuleRef) => {
    const ref = resolved(reference);
    if (visited.has(ref)) return;
    visited.add(ref);
    const type = classOf(ref);
    const dynamic = 'module' in ref ? ref : undefined;
    const node = nodes.get(type) ?? { name: type.name, imports: [], providers: [], global: false };
    const staticPart = dynamic && visited.has(type) ? [] : [type];
    visited.add(type);
    const imports = [...staticPart.flatMap((t) => metadata<ModuleRef>(MODULE_METADATA.IMPORTS, t)), ...(dynamic?.imports ?? [])] as ModuleRef[];
    node.imports.push(...imports.map(classOf));
    node.providers.push(...staticPart.flatMap((t) => metadata<Provider>(MODULE_METADATA.PROVIDERS, t)), ...(dynamic?.providers ?? []));
    node.global ||= Boolean(Reflect.getMetadata(GLOBAL_MODULE_METADATA, type)) || Boolean(dynamic?.global);
    nodes.set(type, node);
    imports.forEach(visit);
  };
  visit(root);
  return nodes;
}

/** The project's own modules: the libraries' modules (TypeORM, BullMQ, JWT, Terminus, static files) wire themselves. */
const isProjectModule = (node: Node) => !/^(TypeOrm|Bull|Jwt|Terminus|ServeStatic)/.test(node.name);
const projectModules = (nodes: Map<Type, Node>) => [...nodes.values()].filter(isProjectModule);

/** The modules on an import path that comes back to where it started, if any. */
function findCycle(nodes: Map<Type, Node>): string[] | undefined {
  const state = new Map<Type, 'open' | 'done'>();
  const walk = (type: Type, path: Type[]): string[] | undefined => {
    if (state.get(type) === 'open') return [...path.slice(path.indexOf(type)), type].map((t) => t.name);
    if (state.get(type) === 'done') return undefined;
    state.set(type, 'open');
    for (const next of (nodes.get(type)?.imports ?? []).filter((t) => isProjectModule(nodes.get(t)!))) {
      const cycle = walk(next, [...path, type]);
      if (cycle) return cycle;
    }
    state.set(type, 'done');
    return undefined;
  };
  for (const type of nodes.keys()) {
    const cycle = walk(type, []);
    if (cycle) return cycle;
  }
  return undefined;
}


describe('the module graph', () => {
  const graph = moduleGraph(AppModule.forRoot({ ...testConfig('sqlite::memory:'), workers: true }));

  it('has no import cycle: each feature imports the modules it uses, and none imports back', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('shares only the infrastructure globally: configuration, the database, Redis and the queues', () => {
    const globals = projectModules(graph).filter((node) => node.global).map((node) => node.name);
    expect(globals.sort()).toEqual([ConfigModule, DatabaseModule, QueueModule, RedisModule].map((type) => type.name).sort());
  });

  it('declares each provider in one module, so every repository and service has one owner and one instance', () => {
    const owners = new Map<unknown, string[]>();
    for (const node of projectModules(graph)) {
      for (const provider of node.providers) {
        const token = typeof provider === 'function' ? provider : provider.provide;
        owners.set(token, [...(owners.get(token) ?? []), node.name]);
      }
    }
    const shared = [...owners].filter(([, modules]) => modules.length > 1).map(([token, modules]) => `${String((token as Type).name ?? token)}: ${modules.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('gives each table’s repository to a module of the feature that owns it', () => {
    const ownerOf = (name: string) => projectModules(graph).find((node) => node.providers.some((p) => typeof p === 'function' && p.name === name))?.name;
    expect({
      tutor: ownerOf('TutorRepository'),
      sme: ownerOf('SmeRepository'),
      assignment: ownerOf('AssignmentRepository'),
      course: ownerOf('CourseRepository'),
      flag: ownerOf('FlagRepository'),
      session: ownerOf('SessionRepository'),
    }).toEqual({
      tutor: 'TutorRecordsModule',
      sme: 'SmeRecordsModule',
      assignment: 'AssignmentRecordsModule',
      course: 'TrackingRecordsModule',
      flag: 'TrackingRecordsModule',
      session: 'SessionRecordsModule',
    });
  });
});
