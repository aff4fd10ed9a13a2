/** The shape and colour a node type has on the canvas, drawn small for the legend and lists. */
import type { NodeType } from '../../shared/graph/schema';
import { useColorScheme } from './media';
import { TYPE_LOOK } from './palette';

const SHAPES: Record<string, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  diamond: 'M8 1l7 7-7 7-7-7Z',
  hexagon: 'M4.5 2h7L15 8l-3.5 6h-7L1 8Z',
};

interface Props {
  type: NodeType;
  dashed?: boolean;
}

export function TypeSwatch({ type, dashed = false }: Props) {
  const scheme = useColorScheme();
  const look = TYPE_LOOK[type];
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="shrink-0">
      <path
        d={SHAPES[look.shape]}
        fill={look.fill[scheme]}
        stroke={dashed ? 'currentColor' : 'none'}
        strokeWidth={dashed ? 1.5 : 0}
        strokeDasharray={dashed ? '2 1.5' : undefined}
      />
    </svg>
  );
}
