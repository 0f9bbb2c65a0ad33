import { select } from 'd3';
import { FOLD_ABOVE, type NetworkLayout } from './layoutNetwork';

/** How far under the diagram's box the Fold button of an expanded layer sits (viewBox units). */
const FOLD_BUTTON_DROP = 4;
/** Columns at least this far apart (viewBox units) leave room to write the count on a button. */
const ROOMY_COLUMN_STEP = 44;

export interface FoldsLayer {
  /**
   * Draws a button for each layer wider than FOLD_ABOVE: an ellipsis where `layout` folds the
   * layer ("show all"), a small "fold" under an expanded one. Replaces the layer's elements.
   */
  setLayout(layout: NetworkLayout): void;
  destroy(): void;
}

interface FoldButton {
  readonly layer: number;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  /** Folded now: the button shows the rest. */
  readonly folded: boolean;
  readonly hiddenCount: number;
}

function buttonsOf(layout: NetworkLayout): FoldButton[] {
  const { layers, columns, folded, size } = layout;
  const buttons: FoldButton[] = [];
  // Hidden layers only: inputs and outputs are never that wide.
  for (let layer = 1; layer < layers.length - 1; layer++) {
    if (layers[layer] <= FOLD_ABOVE) continue;
    const fold = folded.find((f) => f.layer === layer);
    buttons.push({
      layer,
      size: layers[layer],
      x: columns[layer],
      y: fold ? fold.y : size.height - FOLD_BUTTON_DROP,
      folded: fold !== undefined,
      hiddenCount: fold?.hiddenCount ?? 0,
    });
  }
  return buttons;
}

/**
 * The buttons that fold and unfold the diagram's wide layers, appended to `svgElement`. A click,
 * Enter or Space on one calls `onToggle` with its layer; its key presses go no further, so the
 * diagram's own keys (which pick edges) do not see them.
 */
export function createFoldsLayer(
  svgElement: SVGSVGElement,
  onToggle: (layer: number) => void,
): FoldsLayer {
  const group = select(svgElement).append('g').attr('class', 'network-folds');
  return {
    setLayout(layout) {
      const step = layout.columns[1] - layout.columns[0];
      const roomy = step >= ROOMY_COLUMN_STEP;
      const boxWidth = Math.max(12, Math.min(34, step - 6));
      const buttons = group
        .selectAll<SVGGElement, FoldButton>('g')
        .data(buttonsOf(layout), (d) => `${d.layer}`)
        .join((enter) => {
          const button = enter.append('g').attr('role', 'button').attr('tabindex', 0);
          button.append('rect').attr('class', 'network-fold-box');
          button.append('text').attr('class', 'network-fold-text').attr('text-anchor', 'middle');
          button
            .on('click', (event: MouseEvent, d) => {
              event.stopPropagation();
              onToggle(d.layer);
            })
            .on('pointerdown', (event: PointerEvent) => event.stopPropagation())
            .on('keydown', (event: KeyboardEvent, d) => {
              event.stopPropagation();
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onToggle(d.layer);
            });
          return button;
        })
        .attr('class', (d) => `network-fold ${d.folded ? 'is-folded' : 'is-expanded'}`)
        .attr('data-testid', 'network-fold')
        .attr('data-fold-layer', (d) => d.layer)
        .attr('aria-expanded', (d) => String(!d.folded))
        .attr('aria-label', (d) =>
          d.folded
            ? `Show all ${d.size} neurons of layer ${d.layer}`
            : `Fold layer ${d.layer} to its first and last neurons`,
        )
        .attr('transform', (d) => `translate(${d.x},${d.y})`);
      buttons
        .select('text')
        .attr('dy', '0.35em')
        .text((d) => (d.folded ? (roomy ? `⋮ ${d.hiddenCount}` : '⋮') : roomy ? 'fold' : '−'));
      // The box is as wide as the columns allow, centred on the text.
      buttons
        .select('rect')
        .attr('x', -boxWidth / 2)
        .attr('y', -9)
        .attr('width', boxWidth)
        .attr('height', 18)
        .attr('rx', 4);
    },
    destroy() {
      group.remove();
    },
  };
}
