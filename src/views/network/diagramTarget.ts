/** What the pointer is over in the network diagram. `layer` 0 is the input layer. */
export type DiagramTarget =
  | { readonly kind: 'edge'; readonly layer: number; readonly from: number; readonly to: number }
  | { readonly kind: 'neuron'; readonly layer: number; readonly index: number };

/** An edge of the diagram: the weight W^layer_(to, from). */
export type EdgeTarget = Extract<DiagramTarget, { readonly kind: 'edge' }>;

const integerAttribute = (element: Element, name: string) => Number(element.getAttribute(name));

/**
 * The edge or neuron an element of the diagram stands for, read from its `data-*` attributes
 * (its own or its nearest ancestor's); null for anything else.
 */
export function targetOfElement(element: Element | null): DiagramTarget | null {
  const owner = element?.closest('[data-layer]');
  if (!owner) return null;
  const layer = integerAttribute(owner, 'data-layer');
  if (owner.hasAttribute('data-index')) {
    return { kind: 'neuron', layer, index: integerAttribute(owner, 'data-index') };
  }
  return {
    kind: 'edge',
    layer,
    from: integerAttribute(owner, 'data-from'),
    to: integerAttribute(owner, 'data-to'),
  };
}
