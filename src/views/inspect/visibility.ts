/** Which elements are in view (or near it), told by an IntersectionObserver. */
export interface Visibility {
  observe(element: Element): void;
  isVisible(element: Element): boolean;
  /** Stops watching every element. */
  clear(): void;
}

/** How far outside the visible area an element still counts as in view, so scrolling finds it ready. */
const MARGIN = '100px';

/**
 * Tracks which elements are in view; `onEnter` is called when one comes into view. Without
 * IntersectionObserver (e.g. jsdom) every element counts as in view.
 */
export function createVisibility(onEnter: (element: Element) => void): Visibility {
  if (typeof IntersectionObserver === 'undefined') {
    return { observe() {}, isVisible: () => true, clear() {} };
  }
  const visible = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) {
          visible.delete(entry.target);
          continue;
        }
        visible.add(entry.target);
        onEnter(entry.target);
      }
    },
    { rootMargin: MARGIN },
  );
  return {
    observe: (element) => observer.observe(element),
    isVisible: (element) => visible.has(element),
    clear() {
      observer.disconnect();
      visible.clear();
    },
  };
}
