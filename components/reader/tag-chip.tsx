import { tint } from '@/components/reader/highlight-style';
import type { TagDto } from '@/lib/server/tags/tag-dto';

export function TagChip({ tag }: { tag: Pick<TagDto, 'name' | 'color'> }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium" style={{ backgroundColor: tint(tag.color, 0.15), color: '#1b1f24' }}>
      <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: tag.color }} />
      {tag.name}
    </span>
  );
}
