/**
 * The files a case file keeps, on their own: the schemas check them in every page's bundle, where the
 * database itself (idb) must not come along.
 */

/** Files larger than this are refused, with a message that says so. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** What a case file keeps: images and PDFs, which open by their type and never run. */
export const ATTACHMENT_TYPES = /^(image\/(png|jpeg|webp|gif)|application\/pdf)$/;
