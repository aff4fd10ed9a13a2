/**
 * Reads data/curated/{states,organizations,people}.yaml into a Catalogue. Every problem is a
 * UserError naming the file and line: a malformed entry, a duplicate id, a reference to a state
 * that does not exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../io/user-error';
import { foldWord } from '../text/fold';
import { addRecord, emptyCatalogue, type Catalogue } from './catalogue';
import {
  GivenNamesFileSchema,
  OrganizationEntrySchema,
  PersonEntrySchema,
  StateEntrySchema,
  type OrganizationEntry,
  type PersonEntry,
  type StateEntry,
} from './curated-schema';
import { compileRoles, RolesFileSchema } from './role-lexicon';
import type { EntityRecord } from './types';

interface Located<T> {
  entry: T;
  file: string;
  line: number;
}

function lineOf(counter: LineCounter, node: YamlNode | null | undefined): number {
  const offset = node?.range?.[0] ?? 0;
  return counter.linePos(offset).line;
}

function readYaml(file: string) {
  const counter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line;
    throw new UserError(`is not valid YAML: ${yamlError.message.split('\n')[0]}`, file, line);
  }
  return { document, counter };
}

/** The line of the value at `path` in a YAML map document (the document start when not found). */
function lineAt(
  document: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node) return lineOf(counter, node);
  }
  return 1;
}

/** Reads a curated file that is one YAML map checked by `schema`. */
function readMap<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const { document, counter } = readYaml(file);
  const result = schema.safeParse(document.toJSON());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const line = lineAt(document, counter, issue.path as PropertyKey[]);
    throw new UserError(`field "${issue.path.join('.')}" is malformed: ${issue.message}.`, file, line);
  }
  return result.data;
}

/** Parses one curated file: a YAML list whose items each match `schema`. */
function readList<S extends z.ZodType>(file: string, schema: S): Located<z.infer<S>>[] {
  const { document, counter } = readYaml(file);
  const contents = document.contents;
  if (contents === null) return [];
  if (!isSeq(contents)) throw new UserError('must be a list of entries (each line starting with "- ").', file, 1);
  return contents.items.map((item) => {
    const line = lineOf(counter, item as YamlNode);
    const result = schema.safeParse((item as YamlNode).toJSON());
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = issue.path.join('.');
      let where = line;
      if (isMap(item) && issue.path.length > 0) {
        const pair = item.items.find((candidate) => String((candidate.key as YamlNode)?.toJSON()) === issue.path[0]);
        if (pair) where = lineOf(counter, pair.key as YamlNode);
      }
      throw new UserError(`entry ${path ? `field "${path}" ` : ''}is malformed: ${issue.message}.`, file, where);
    }
    return { entry: result.data, file, line };
  });
}

function optionalList<S extends z.ZodType>(dir: string, name: string, schema: S): Located<z.infer<S>>[] {
  const file = join(dir, name);
  return existsSync(file) ? readList(file, schema) : [];
}

function stateRecord({ entry }: Located<StateEntry>): EntityRecord {
  return {
    id: entry.id,
    type: 'state',
    label: entry.label,
    aliases: entry.aliases ?? [],
    curated: true,
    iso: entry.iso,
  };
}

function organizationRecord({ entry }: Located<OrganizationEntry>): EntityRecord {
  const record: EntityRecord = {
    id: entry.id,
    type: 'organization',
    label: entry.label,
    aliases: entry.aliases ?? [],
    curated: true,
  };
  if (entry.acronym) record.acronym = entry.acronym;
  if (entry.state) record.state = entry.state;
  return record;
}

function personRecord({ entry }: Located<PersonEntry>): EntityRecord {
  const record: EntityRecord = {
    id: entry.id,
    type: 'person',
    label: entry.label,
    aliases: entry.aliases ?? [],
    curated: true,
  };
  if (entry.state) record.state = entry.state;
  if (entry.gender) record.gender = entry.gender;
  return record;
}

/** Loads and checks the curated dictionary; throws UserError with file and line for any problem. */
export function loadCatalogue(dir = 'data/curated'): Catalogue {
  if (!existsSync(join(dir, 'states.yaml'))) {
    throw new UserError('has no states.yaml: the curated dictionary needs at least the states.', dir);
  }
  const states = readList(join(dir, 'states.yaml'), StateEntrySchema);
  const organizations = optionalList(dir, 'organizations.yaml', OrganizationEntrySchema);
  const people = optionalList(dir, 'people.yaml', PersonEntrySchema);

  const seen = new Map<string, Located<unknown>>();
  for (const located of [...states, ...organizations, ...people]) {
    const { id } = located.entry as { id: string };
    const first = seen.get(id);
    if (first) {
      throw new UserError(
        `the id "${id}" is used twice (first at ${first.file}, line ${first.line}).`,
        located.file,
        located.line,
      );
    }
    seen.set(id, located);
  }
  for (const located of [...organizations, ...people]) {
    const { state } = located.entry;
    if (state !== undefined && !states.some((candidate) => candidate.entry.id === state)) {
      throw new UserError(`refers to the state "${state}", which is not in states.yaml.`, located.file, located.line);
    }
  }

  const catalogue = emptyCatalogue();
  for (const located of states) {
    addRecord(catalogue, stateRecord(located));
    const { adjectives } = located.entry;
    for (const stem of [...(adjectives?.ru ?? []), ...(adjectives?.uk ?? [])]) {
      catalogue.adjectiveStems.set(foldWord(stem), located.entry.id);
    }
    for (const word of adjectives?.en ?? []) catalogue.englishAdjectives.set(foldWord(word), located.entry.id);
    for (const word of located.entry.notNames ?? []) catalogue.notNames.add(foldWord(word));
  }
  for (const located of organizations) addRecord(catalogue, organizationRecord(located));
  for (const located of people) addRecord(catalogue, personRecord(located));
  const rolesFile = join(dir, 'roles.yaml');
  if (existsSync(rolesFile)) catalogue.roles = compileRoles(readMap(rolesFile, RolesFileSchema));
  const givenFile = join(dir, 'given-names.yaml');
  if (existsSync(givenFile)) {
    const given = readMap(givenFile, GivenNamesFileSchema);
    for (const gender of ['male', 'female'] as const) {
      for (const name of given[gender].flat()) catalogue.givenNames.set(foldWord(name), gender);
    }
  }
  return catalogue;
}
