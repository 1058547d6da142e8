/**
 * The shopper's own wording of the document's parts. Each edited part keeps the text it was edited from:
 * when the form later changes that part's drawn text, the edit stays (it is what prints and downloads)
 * and the page says that the data behind it changed.
 */
import type { DocumentKind, DocumentPart, LegalDocument } from '@/utils/escalation/documents';

export type PartId = DocumentPart['id'];

export interface PartEdit {
  /** The part as the shopper wrote it. */
  text: string;
  /** The part as it was drawn when the shopper began to edit it. */
  from: string;
}

export type PartEdits = Partial<Record<PartId, PartEdit>>;
/** Kept per kind: a claim's edits never land in the complaint. */
export type DocumentEdits = Partial<Record<DocumentKind, PartEdits>>;

export interface Edited {
  document: LegalDocument;
  /** The parts the shopper edited. */
  edited: PartId[];
  /** The edited parts whose drawn text changed since the edit. */
  stale: PartId[];
}

/** The document with the shopper's wording in place of the parts edited. */
export function applyEdits(document: LegalDocument, edits: DocumentEdits | undefined): Edited {
  const own = edits?.[document.kind] ?? {};
  const edited: PartId[] = [];
  const stale: PartId[] = [];
  const parts = document.parts.map((part) => {
    const edit = own[part.id];
    if (!edit || edit.text === part.text) return part;
    edited.push(part.id);
    if (edit.from !== part.text) stale.push(part.id);
    return { ...part, text: edit.text };
  });
  return { document: { ...document, parts }, edited, stale };
}

/** The edits after a part's text is typed: the text it was edited from is the drawn one. */
export function editPart(edits: DocumentEdits | undefined, document: LegalDocument, id: PartId, text: string): DocumentEdits {
  const own = { ...(edits?.[document.kind] ?? {}) };
  const drawn = document.parts.find((p) => p.id === id)?.text ?? '';
  if (text === drawn) delete own[id];
  else own[id] = { text, from: own[id]?.from ?? drawn };
  return { ...edits, [document.kind]: own };
}

/** The edits with one part (or, with no id, all of this kind's parts) back to the drawn text. */
export function resetEdits(edits: DocumentEdits | undefined, kind: DocumentKind, id?: PartId): DocumentEdits {
  if (!id) return { ...edits, [kind]: {} };
  const own = { ...(edits?.[kind] ?? {}) };
  delete own[id];
  return { ...edits, [kind]: own };
}
