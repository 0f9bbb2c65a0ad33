import { useEffect, useRef } from 'react';
import type { Typesetter } from './katexLoader';

/**
 * One display equation. KaTeX writes into the element (no HTML strings); until it has loaded the
 * TeX source stands in.
 */
export function Tex({ tex, katex }: { tex: string; katex: Typesetter | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    if (katex === null) element.textContent = tex;
    else katex.render(tex, element);
  }, [tex, katex]);
  return <div ref={ref} className="tour-equation" />;
}
