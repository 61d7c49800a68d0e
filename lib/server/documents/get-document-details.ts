import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { getDocument, type DocumentDetail } from '@/lib/server/documents/get-document';

/** An article's metadata page: the article (without the need to show its text) and its highlight count. */
export async function getDocumentDetails(options: { user: SessionUser; documentId: string }): Promise<Omit<DocumentDetail, 'text'> & { highlights: number }> {
  const { text: _text, ...document } = await getDocument(options);
  const highlights = await db.annotation.count({ where: { documentId: document.id } });
  return { ...document, highlights };
}
