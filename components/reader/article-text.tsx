import { splitBlocks } from '@/lib/corpus/blocks';

/**
 * The canonical text, block by block. Each block carries its UTF-16 start offset so that later
 * layers (highlights) can map the DOM back to the text. Text is rendered as text, never as HTML.
 */
export function ArticleText({ text }: { text: string }) {
  const blocks = splitBlocks(text);
  return (
    <div className="font-serif text-[1.125rem] leading-[1.75] text-ink" data-testid="article-text">
      {blocks.map((block) => {
        const offsets = { 'data-start': block.start, 'data-end': block.end };
        if (block.kind === 'heading') {
          return (
            <h2 key={block.start} dir="auto" {...offsets} className="mb-3 mt-8 font-sans text-xl font-semibold">
              {block.text}
            </h2>
          );
        }
        if (block.kind === 'list') {
          return (
            <ul key={block.start} {...offsets} className="mb-5 list-disc space-y-1 pl-6">
              {block.text.split('\n').map((line, index) => (
                <li key={index} dir="auto">
                  {line.replace(/^\s*(?:[-•*]|\d+[.)])\s+/, '')}
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={block.start} dir="auto" {...offsets} className="mb-5">
            {block.text}
          </p>
        );
      })}
    </div>
  );
}
