import { typeDefs } from '@lianzhao/api';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** The API's schema, built from the same SDL the server uses (introspection is off in production). */
export function apiSchema(): GraphQLSchema {
  return buildSchema(typeDefs.join('\n'));
}

/** Ids of the other zone's objects that generated arguments point at. */
export interface TargetIds {
  zone: number;
  chain: number;
  segment: number;
  firm: number;
  lead: number;
  project: number;
  apiToken: number;
  user: number;
}

/** Which id an `id`-like argument gets: by argument name first, then by the field's name. */
function idFor(argName: string, fieldName: string, ids: TargetIds): number {
  const key = argName === 'id' ? fieldName : argName;
  const rules: [RegExp, keyof TargetIds][] = [
    [/zone/i, 'zone'],
    [/chain/i, 'chain'],
    [/segment/i, 'segment'],
    [/lead/i, 'lead'],
    [/project|milestone|report/i, 'project'],
    [/token/i, 'apiToken'],
    [/owner|user|leader/i, 'user'],
    [/firm|anchor/i, 'firm'],
  ];
  return ids[rules.find(([pattern]) => pattern.test(key))?.[1] ?? 'zone'];
}

/** A GraphQL literal for an argument of the given type: the other zone's ids, minimal valid values. */
export function literalFor(
  type: GraphQLInputType,
  argName: string,
  fieldName: string,
  ids: TargetIds,
  depth = 0,
): string {
  if (isNonNullType(type)) return literalFor(type.ofType, argName, fieldName, ids, depth);
  if (isListType(type)) return `[${literalFor(type.ofType, argName, fieldName, ids, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || /Id$|^id$/.test(f.name),
    );
    return `{ ${fields.map((f) => `${f.name}: ${literalFor(f.type, f.name, fieldName, ids, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return `"${idFor(argName, fieldName, ids)}"`;
      case 'Int':
        return argName === 'version' ? '1' : '5';
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'Date':
        return '"2026-01-05"';
      case 'DateTime':
        return '"2026-01-05T00:00:00Z"';
      default:
        return /week/i.test(argName) ? '"2026-W02"' : '"zone-isolation probe"';
    }
  }
  return 'null';
}

/** A selection of every scalar field, one object level deep, and the ids and zones of nested objects. */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue; // needs arguments: probed as its own root
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (depth < 2) {
      const nested = selectionFor(field.type, depth + 1);
      if (nested) parts.push(`${field.name} ${nested}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

/** `field(arg: value, ...) { selection }` for a root field, with every argument filled in. */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: TargetIds,
): string {
  const args = field.args.map((a) => `${a.name}: ${literalFor(a.type, a.name, field.name, ids)}`).join(', ');
  return `${kind} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field.type)} }`;
}

/** An argument a probe can aim a value at: `title`, or `input.title` inside an input object. */
export interface ArgumentSlot {
  path: string;
  /** The scalar or enum type the value must have. */
  typeName: string;
}

/** Every scalar and enum argument of a root field, top-level or one input object down. */
export function argumentSlots(field: GraphQLField<unknown, unknown>): ArgumentSlot[] {
  const slots: ArgumentSlot[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields())) {
        const innerNamed = getNamedType(inner.type);
        if (isScalarType(innerNamed) || isEnumType(innerNamed)) {
          slots.push({ path: `${arg.name}.${inner.name}`, typeName: innerNamed.name });
        }
      }
    } else {
      slots.push({ path: arg.name, typeName: named.name });
    }
  }
  return slots;
}

/**
 * Like `operationFor`, with one argument slot set to the given GraphQL literal (wrapped in a list
 * when the slot is a list).
 */
export function operationWithValue(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: TargetIds,
  slot: string,
  literal: string,
): string {
  const [argName, innerName] = slot.split('.');
  const valueFor = (type: GraphQLInputType) => (isListType(unwrapNonNull(type)) ? `[${literal}]` : literal);
  const args = field.args.map((arg) => {
    if (arg.name !== argName) return `${arg.name}: ${literalFor(arg.type, arg.name, field.name, ids)}`;
    const named = getNamedType(arg.type);
    if (!innerName || !isInputObjectType(named)) return `${arg.name}: ${valueFor(arg.type)}`;
    const fields = Object.values(named.getFields()).filter(
      (f) => f.name === innerName || isNonNullType(f.type) || /Id$|^id$/.test(f.name),
    );
    const parts = fields.map((f) =>
      f.name === innerName
        ? `${f.name}: ${valueFor(f.type)}`
        : `${f.name}: ${literalFor(f.type, f.name, field.name, ids, 1)}`,
    );
    const object = `{ ${parts.join(', ')} }`;
    return `${arg.name}: ${isListType(unwrapNonNull(arg.type)) ? `[${object}]` : object}`;
  });
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionFor(field.type)} }`;
}

function unwrapNonNull(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}
