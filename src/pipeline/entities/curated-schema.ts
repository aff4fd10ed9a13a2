/** The shapes of the hand-edited files in data/curated/, checked with zod when they are loaded. */
import { z } from 'zod';

const Names = z.object({ en: z.string().min(1), ru: z.string().min(1).optional(), uk: z.string().min(1).optional() });
const SomeNames = z
  .object({ en: z.string().min(1).optional(), ru: z.string().min(1).optional(), uk: z.string().min(1).optional() })
  .strict();
const Words = z.array(z.string().min(1));

const id = (type: string) =>
  z.string().regex(new RegExp(`^${type}:[a-z0-9][a-z0-9-]*$`), `must look like "${type}:lowercase-words"`);

export const StateEntrySchema = z
  .object({
    id: id('state'),
    iso: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code'),
    label: Names.strict(),
    aliases: Words.optional(),
    adjectives: z.object({ en: Words.optional(), ru: Words.optional(), uk: Words.optional() }).strict().optional(),
    /** Words spelled like the state's name that are far more often something else (uk «Того ж дня»). */
    notNames: Words.optional(),
  })
  .strict();

export const OrganizationEntrySchema = z
  .object({
    id: id('organization'),
    label: Names.strict(),
    acronym: SomeNames.optional(),
    aliases: Words.optional(),
    state: id('state').optional(),
  })
  .strict();

export const PersonEntrySchema = z
  .object({
    id: id('person'),
    label: Names.strict(),
    aliases: Words.optional(),
    state: id('state').optional(),
    gender: z.enum(['male', 'female']).optional(),
  })
  .strict();

export type StateEntry = z.infer<typeof StateEntrySchema>;
export type OrganizationEntry = z.infer<typeof OrganizationEntrySchema>;
export type PersonEntry = z.infer<typeof PersonEntrySchema>;

const NameList = z.array(z.union([z.string().min(1), z.array(z.string().min(1))]));
export const GivenNamesFileSchema = z.object({ male: NameList, female: NameList }).strict();
