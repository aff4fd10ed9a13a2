import { describe, expect, it } from 'vitest';
import { UserError } from '../io/user-error';
import { loadCatalogue } from './load-catalogue';

const fixture = (name: string) => `src/pipeline/entities/fixtures/${name}`;

function problem(dir: string): UserError {
  try {
    loadCatalogue(dir);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`${dir} loaded without an error`);
}

describe('loadCatalogue', () => {
  it('loads the real curated dictionary', () => {
    const catalogue = loadCatalogue('data/curated');
    expect(catalogue.records.get('state:azerbaijan')?.iso).toBe('AZ');
    expect(catalogue.records.get('organization:socar')?.state).toBe('state:azerbaijan');
    expect(catalogue.records.get('person:samir-sharifov')?.label.uk).toBe('Самір Шаріфов');
    expect([...catalogue.records.keys()].filter((id) => id.startsWith('state:')).length).toBeGreaterThanOrEqual(197);
    expect(catalogue.roles.size).toBeGreaterThan(50);
  });

  it('loads a small valid dictionary', () => {
    const catalogue = loadCatalogue(fixture('tiny.valid'));
    expect([...catalogue.records.keys()].sort()).toEqual([
      'person:samir-sharifov',
      'state:azerbaijan',
      'state:estonia',
    ]);
  });

  it('names the file and line of a reference to a missing state', () => {
    const error = problem(fixture('dangling-state.invalid'));
    expect(error.file).toMatch(/people\.yaml$/);
    expect(error.line).toBe(4);
    expect(error.message).toContain('state:atlantis');
  });

  it('names the second use of a duplicate id', () => {
    const error = problem(fixture('duplicate-id.invalid'));
    expect(error.file).toMatch(/organizations\.yaml$/);
    expect(error.line).toBe(3);
    expect(error.describe()).toMatch(/organization:guam" is used twice \(first at .*organizations\.yaml, line 1\)/);
  });

  it('names the entry that is malformed', () => {
    const error = problem(fixture('malformed-person.invalid'));
    expect(error.file).toMatch(/people\.yaml$/);
    expect(error.line).toBe(3);
    expect(error.message).toContain('label');
  });

  it('names the line of a malformed role table entry', () => {
    const error = problem(fixture('malformed-roles.invalid'));
    expect(error.file).toMatch(/roles\.yaml$/);
    expect(error.line).toBe(3);
    expect(error.message).toContain('heads.1.kind');
  });

  it('says so when the states file is missing', () => {
    expect(problem(fixture('no-such-dir')).message).toContain('states.yaml');
  });
});
