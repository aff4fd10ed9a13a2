/** Keeps the elements on the canvas equal to the visible graph, by id-based diffs in one batch. */
import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { markWhenDrawn } from './draw-marks';
import { edgeElement, nodeElement } from './element-mapping';
import { HiddenPool } from './hidden-pool';
import { fitLabel } from './label-fit';
import { largestComponent } from './largest-component';

/** The first view never zooms in past this: labels stay at their designed size. */
const MAX_FIT_ZOOM = 1.1;

/**
 * Elements a view no longer shows stay on the canvas hidden (the `gone` class), up to this
 * many, and are shown again by a class toggle when a later view wants them: in Cytoscape that
 * is about half the cost of removing and adding them, and moving the range back and forth
 * brings back the same elements. Beyond the limit the longest hidden are removed.
 */
const HIDDEN_LIMIT = 6000;

interface Props {
  cy: Core;
  index: GraphIndex;
  visible: VisibleGraph;
}

export function ElementsController({ cy, index, visible }: Props) {
  const language = useLanguage();
  const from = useAppStore((state) => state.from);
  const to = useAppStore((state) => state.to);
  const firstDraw = useRef(true);
  const lastRange = useRef(`${from}|${to}`);
  const lastLanguage = useRef(language);
  /** Ids on the canvas and not hidden: what the last sync drew. */
  const shown = useRef(new Set<string>());
  const pool = useRef(new HiddenPool(HIDDEN_LIMIT));

  const nodeDefinition = (id: string) => {
    const node = index.nodeById.get(id);
    return node
      ? nodeElement(node, fitLabel(localized(node.label, language), node.type), index.degree.get(id) ?? 0)
      : undefined;
  };
  const edgeDefinition = (id: string) => {
    const edge = index.edgeById.get(id);
    return edge ? edgeElement(edge) : undefined;
  };

  useEffect(
    function syncElements() {
      const leaving = [...shown.current].filter((id) => !visible.nodeIds.has(id) && !visible.edgeIds.has(id));
      cy.batch(() => {
        if (leaving.length > 0) {
          const gone = cy.collection(leaving.map((id) => cy.getElementById(id)));
          gone.filter('.hover').removeClass('hover');
          gone.addClass('gone');
          pool.current.hide(leaving);
        }
        // Nodes before edges: an edge is drawn only between nodes on the canvas.
        for (const [ids, define] of [
          [visible.nodeIds, nodeDefinition],
          [visible.edgeIds, edgeDefinition],
        ] as const) {
          const back: SingularElementReturnValue[] = [];
          const added: ElementDefinition[] = [];
          for (const id of ids) {
            if (shown.current.has(id)) continue;
            if (pool.current.show(id)) back.push(cy.getElementById(id));
            else {
              const definition = define(id);
              if (definition) added.push(definition);
            }
          }
          if (back.length > 0) cy.collection(back).removeClass('gone');
          if (added.length > 0) cy.add(added);
        }
        const evicted = pool.current.evict();
        if (evicted.length > 0) {
          // A removed node takes its edges with it; those leave the pool too.
          const removed = cy.remove(cy.collection(evicted.map((id) => cy.getElementById(id))));
          pool.current.forget(removed.map((ele) => ele.id()));
        }
      });
      shown.current = new Set([...visible.nodeIds, ...visible.edgeIds]);
      if (firstDraw.current) {
        firstDraw.current = false;
        // Fit the largest connected part when it is most of the graph: a few stray unconnected
        // nodes would otherwise shrink the picture to dots.
        const shownEdges = [...visible.edgeIds].flatMap((id) => index.edgeById.get(id) ?? []);
        const largest = largestComponent(visible.nodeIds, shownEdges);
        const mostly = largest.size > 0 && largest.size * 2 >= cy.nodes().length;
        cy.fit(mostly ? cy.nodes().filter((n) => largest.has(n.id())) : undefined, 40);
        // A small graph fitted to the screen would be drawn huge; keep it at reading size.
        if (cy.zoom() > MAX_FIT_ZOOM) {
          cy.zoom(MAX_FIT_ZOOM);
          cy.center();
        }
        markWhenDrawn(cy, 'diplograph:first-frame');
      }
      const range = `${from}|${to}`;
      if (range !== lastRange.current) {
        lastRange.current = range;
        markWhenDrawn(cy, 'diplograph:range-settled');
      }
    },
    // Labels are set when added; relabelling on a language change is the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, index, visible, from, to],
  );

  useEffect(
    function relabel() {
      if (language === lastLanguage.current) return;
      lastLanguage.current = language;
      // Hidden nodes are relabelled too: they may be shown again in this language.
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const node = index.nodeById.get(n.id());
          if (node) n.data('label', fitLabel(localized(node.label, language), node.type));
        });
      });
    },
    [cy, index, language],
  );

  return null;
}
