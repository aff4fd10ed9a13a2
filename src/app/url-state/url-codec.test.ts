import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../shared/graph/schema';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { checkViewAgainstGraph } from './check-view';
import { decodeView, encodeView } from './url-codec';
import { EMPTY_VIEW, type ViewState } from './view-state';

describe('decodeView', () => {
  it('reads every contract parameter', () => {
    const { view, problems } = decodeView(
      '?node=person:samir-sharifov&from=2021-01-01&to=2021-12&types=person,meeting&q=%D0%A8%D0%B0&lang=uk&focus=state:azerbaijan&depth=2',
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      selection: { kind: 'node', id: 'person:samir-sharifov' },
      from: '2021-01-01',
      to: '2021-12',
      types: ['person', 'meeting'],
      q: 'Ша',
      lang: 'uk',
      focus: 'state:azerbaijan',
      depth: 2,
    });
  });

  it('applies what it can and says what it could not use', () => {
    const { view, problems } = decodeView('?from=2025-13-45&to=2021&types=person,planet&lang=fr&depth=7');
    expect(view.from).toBeNull();
    expect(view.to).toBe('2021');
    expect(view.types).toEqual(['person']);
    expect(view.lang).toBeNull();
    expect(problems).toEqual([
      { code: 'malformedDate', param: 'from', value: '2025-13-45' },
      { code: 'unknownType', param: 'types', value: 'planet' },
      { code: 'unknownLanguage', param: 'lang', value: 'fr' },
      { code: 'badDepth', param: 'depth', value: '7' },
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const { view, problems } = decodeView('from=2025-01-01&to=2024-12-31');
    expect([view.from, view.to]).toEqual([null, null]);
    expect(problems).toEqual([{ code: 'reversedRange', from: '2025-01-01', to: '2024-12-31' }]);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc
            .array(
              fc.tuple(
                fc.constantFrom('node', 'edge', 'from', 'to', 'types', 'q', 'lang', 'focus', 'depth'),
                fc.string(),
              ),
            )
            .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
        ),
        (search) => {
          const { view } = decodeView(search);
          expect(view).toBeTypeOf('object');
        },
      ),
      { numRuns: 500 },
    );
    // Hundreds of random runs: generous on a loaded 2-core machine; this is no timing test.
  }, 30_000);
});

const arbitraryView: fc.Arbitrary<ViewState> = fc.record({
  selection: fc.option(
    fc.record({
      kind: fc.constantFrom('node' as const, 'edge' as const),
      id: fc.string({ minLength: 1, maxLength: 60 }),
    }),
    { nil: null },
  ),
  from: fc.option(fc.constantFrom('2021', '2021-05', '2021-05-22'), { nil: null }),
  to: fc.option(fc.constantFrom('2025', '2025-10', '2025-12-31'), { nil: null }),
  types: fc.option(fc.subarray([...NODE_TYPES], { minLength: 1, maxLength: 3 }), { nil: null }),
  q: fc.string({ maxLength: 40 }),
  lang: fc.option(fc.constantFrom('en' as const, 'ru' as const, 'uk' as const), { nil: null }),
  focus: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: null }),
  depth: fc.constantFrom(1 as const, 2 as const),
});

/** Values the URL cannot carry distinctly are compared in the form decoding gives them. */
function canonical(view: ViewState): ViewState {
  const trimmed = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());
  const selectionId = trimmed(view.selection?.id);
  const focus = trimmed(view.focus ?? undefined);
  return {
    ...view,
    selection: view.selection && selectionId ? { kind: view.selection.kind, id: selectionId } : null,
    focus,
    depth: focus === null ? 1 : view.depth,
  };
}

describe('encodeView', () => {
  it('round-trips any view through the query string', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        expect(decodeView(encodeView(view)).view).toEqual(canonical(view));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('leaves defaults out and keeps ids readable', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('');
    expect(encodeView({ ...EMPTY_VIEW, selection: { kind: 'node', id: 'person:ilham-aliyev' } })).toBe(
      'node=person:ilham-aliyev',
    );
  });
});

describe('checkViewAgainstGraph', () => {
  it('drops ids that are not in the graph and reports them', () => {
    const index = seedLikeIndex();
    const view: ViewState = {
      ...EMPTY_VIEW,
      selection: { kind: 'node', id: 'person:nobody' },
      focus: 'state:atlantis',
    };
    const checked = checkViewAgainstGraph(view, index);
    expect(checked.view.selection).toBeNull();
    expect(checked.view.focus).toBeNull();
    expect(checked.problems).toEqual([
      { code: 'unknownNode', param: 'node', value: 'person:nobody' },
      { code: 'unknownNode', param: 'focus', value: 'state:atlantis' },
    ]);
  });
});
