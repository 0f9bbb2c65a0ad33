/**
 * Keeps the CSS custom property `--svg-px` of `svg` at how many of its viewBox units one screen
 * pixel spans, as the svg is resized. The views' CSS sizes text with it, so a label keeps a
 * readable size on screen however much the svg is scaled. Returns a function that stops.
 */
export function trackSvgTextScale(svg: SVGSVGElement): () => void {
  const apply = () => {
    const units = svg.viewBox?.baseVal?.width ?? 0;
    const { width } = svg.getBoundingClientRect();
    if (units > 0 && width > 0)
      svg.style.setProperty('--svg-px', `${(units / width).toFixed(4)}px`);
  };
  apply();
  // Test environments without a layout engine have no ResizeObserver: text keeps its CSS size.
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(apply);
  observer.observe(svg);
  // A new viewBox changes the scale without always changing the svg's box.
  const viewBoxWatch = new MutationObserver(apply);
  viewBoxWatch.observe(svg, { attributes: true, attributeFilter: ['viewBox'] });
  return () => {
    observer.disconnect();
    viewBoxWatch.disconnect();
  };
}
