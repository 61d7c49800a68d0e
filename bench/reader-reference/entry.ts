// The reference: @recogito/text-annotator rendering the same text and highlights as the Credence
// reader, in a static page the reader bench serves. Bundled by bench/reader.ts with esbuild.
import { createTextAnnotator } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';

type Highlight = { id: string; start: number; end: number; quote: string; color: string };
type Timing = { loadedAt?: number; setAt?: number; paintedAt?: number; createdAt?: number; createdPaintedAt?: number };

const timing: Timing = {};
(window as unknown as { __reference: Timing }).__reference = timing;
const afterNextPaint = (then: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));

async function main() {
  const container = document.getElementById('text')!;
  const highlights = (await (await fetch('/reference/highlights.json')).json()) as Highlight[];
  timing.loadedAt = performance.now();
  const colors = new Map(highlights.map((h) => [h.id, h.color]));
  const anno = createTextAnnotator(container, {
    style: ((annotation: { id: string }) => ({ fill: colors.get(annotation.id) ?? "#d4a72c", fillOpacity: 0.2 })) as never,
  });
  anno.setAnnotations(
    highlights.map((h) => ({ id: h.id, bodies: [], target: { annotation: h.id, selector: [{ quote: h.quote, start: h.start, end: h.end }] } })) as never,
    true,
  );
  timing.setAt = performance.now();
  anno.state.store.observe((event: { changes: { created?: unknown[] } }) => {
    if (!event.changes.created?.length || timing.createdAt !== undefined) return;
    timing.createdAt = performance.now();
    afterNextPaint((at) => {
      timing.createdPaintedAt = at;
      document.body.dataset.created = '1';
    });
  });
  afterNextPaint((at) => {
    timing.paintedAt = at;
    document.body.dataset.painted = String(anno.getAnnotations().length);
  });
}

void main();
