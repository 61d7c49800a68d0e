import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+\.(txt|md)$/, 'a file name inside seeds/'),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      author: z.string().nullable(),
      publishedDate: z.string().nullable(),
      language: z.string().nullable(),
      url: z.string().nullable(),
      notes: z.string().optional(),
    }),
  ),
});

/** A seed article: its raw text and the metadata the manifest gives it. */
export type SeedArticle = z.infer<typeof manifestSchema>['articles'][number] & { raw: string };

export async function readSeedArticles(seedsDir = path.join(process.cwd(), 'seeds')): Promise<SeedArticle[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(seedsDir, 'manifest.json'), 'utf8')));
  return Promise.all(
    manifest.articles.map(async (article) => ({ ...article, raw: await readFile(path.join(seedsDir, article.file), 'utf8') })),
  );
}
