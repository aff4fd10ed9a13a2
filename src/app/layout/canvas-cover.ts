/**
 * The attribute a panel drawn over the graph canvas carries, so the camera can keep the
 * selection in the part of the canvas the panel leaves free (canvas/camera-controller.tsx).
 */
export const COVERS_CANVAS = 'data-covers-canvas';
