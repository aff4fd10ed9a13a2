/**
 * Keeps the canvas equal to the visible graph: its nodes on Cytoscape's canvas, by id-based diffs
 * in one batch, and its edges on the edge layer under it.
 */
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { isUnreviewed } from '../graph-data/review';
import { localized } from '../i18n/node-label';
import { useLanguage } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { markWhenDrawn } from './draw-marks';
import type { EdgeLayer, LayerEdge } from './edge-layer';
import { diffIds, nodeElement } from './element-mapping';
import { fitLabel } from './label-fit';
import { largestComponent } from './largest-component';
import { MAX_OVERVIEW_LABELS, type OverviewLabel } from './overview-labels';

/** Candidates for the overview labels: more than are named, since some overlap or fall off screen. */
const OVERVIEW_CANDIDATES = 3 * MAX_OVERVIEW_LABELS;

/** The first view never zooms in past this: labels stay at their designed size. */
const MAX_FIT_ZOOM = 1.1;

/**
 * Elements taken off the canvas are kept (up to this many) and put back with restore() when a
 * later view shows them again: cheaper than building them anew from definitions, and moving
 * the range back and forth brings back the same elements.
 */
const PARKED_LIMIT = 6000;

interface Props {
  cy: Core;
  edges: EdgeLayer;
  index: GraphIndex;
  visible: VisibleGraph;
}

export function ElementsController({ cy, edges: edgeLayer, index, visible }: Props) {
  const language = useLanguage();
  const from = useAppStore((state) => state.from);
  const to = useAppStore((state) => state.to);
  const firstDraw = useRef(true);
  const lastRange = useRef(`${from}|${to}`);
  const lastLanguage = useRef(language);
  const parked = useRef(new Map<string, SingularElementReturnValue>());

  const nodeDefinition = (id: string) => {
    const node = index.nodeById.get(id);
    return node
      ? nodeElement(node, fitLabel(localized(node.label, language), node.type), index.degree.get(id) ?? 0)
      : undefined;
  };
  const layerEdges = (): LayerEdge[] =>
    [...visible.edgeIds].flatMap((id) => {
      const edge = index.edgeById.get(id);
      return edge ? [{ id, source: edge.source, target: edge.target, dashed: isUnreviewed(edge.review) }] : [];
    });

  /** The busiest actors shown, busiest first: the overview labels' candidates (overview-labels.ts). */
  const overviewLabels = (): OverviewLabel[] => {
    const actors: { id: string; degree: number }[] = [];
    for (const id of visible.nodeIds) {
      if (index.nodeById.get(id)?.type !== 'meeting') actors.push({ id, degree: index.degree.get(id) ?? 0 });
    }
    actors.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The label Cytoscape holds is already fitted and in the current language: no second measuring.
    return actors.slice(0, OVERVIEW_CANDIDATES).flatMap(({ id, degree }) => {
      const ele = cy.getElementById(id);
      if (ele.empty()) return [];
      const { x, y } = ele.position();
      return [{ id, text: String(ele.data('label')), x, y, degree }];
    });
  };

  useEffect(
    function syncElements() {
      const nodes = diffIds(
        cy.nodes().map((n) => n.id()),
        visible.nodeIds,
      );
      cy.batch(() => {
        // One removal of everything leaving: per-element removals each pay Cytoscape's
        // bookkeeping, which a range change replacing most of the view feels.
        if (nodes.remove.length > 0) {
          const gone = new Set(nodes.remove);
          const removed = cy.remove(cy.nodes().filter((ele) => gone.has(ele.id())));
          removed.removeClass('hover');
          removed.forEach((ele) => {
            parked.current.delete(ele.id());
            parked.current.set(ele.id(), ele);
          });
          // The longest parked go first.
          for (const id of parked.current.keys()) {
            if (parked.current.size <= PARKED_LIMIT) break;
            parked.current.delete(id);
          }
        }
        const back = cy.collection();
        const added = [];
        for (const id of nodes.add) {
          const kept = parked.current.get(id);
          if (kept) {
            parked.current.delete(id);
            back.merge(kept);
          } else {
            const definition = nodeDefinition(id);
            if (definition) added.push(definition);
          }
        }
        if (back.nonempty()) back.restore();
        if (added.length > 0) cy.add(added);
      });
      // After the nodes: the layer reads its edges' ends and the labels' places from them.
      edgeLayer.setEdges(layerEdges());
      edgeLayer.setLabels(overviewLabels());
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
        markWhenDrawn(cy, 'diplograph:first-frame', useAppStore.getState().setFirstFrameDrawn);
      }
      const range = `${from}|${to}`;
      if (range !== lastRange.current) {
        lastRange.current = range;
        markWhenDrawn(cy, 'diplograph:range-settled');
      }
    },
    // Labels are set when added; relabelling on a language change is the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, edgeLayer, index, visible, from, to],
  );

  useEffect(
    function relabel() {
      if (language === lastLanguage.current) return;
      lastLanguage.current = language;
      // Parked nodes carry labels in the old language: let them be built anew.
      parked.current.clear();
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const node = index.nodeById.get(n.id());
          if (node) n.data('label', fitLabel(localized(node.label, language), node.type));
        });
      });
      edgeLayer.setLabels(overviewLabels());
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cy, index, language],
  );

  return null;
}
