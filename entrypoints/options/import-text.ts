/**
 * An import's outcome in the shopper's words: what was loaded, or why nothing was — with the record's
 * number and the field when the file is damaged. Raw browser messages stay out of the sentence.
 */
import type { ProblemCode } from '@/utils/inquiries/model';
import { isQuotaError, storageFailure } from '@/utils/db/errors';
import { describeLoadFailure } from '@/utils/db/failure-text';
import { t, type Language, type MessageKey } from '@/utils/platform/i18n';
import type { ImportList, ImportProblem, ImportProgress } from '@/utils/transfer/check';
import { MAX_IMPORT_BYTES } from '@/utils/transfer/check';
import type { ImportOutcome } from '@/utils/transfer/backup';

const RECORD: Record<ImportList, MessageKey> = {
  inquiries: 'importRecordInquiry',
  events: 'importRecordEvent',
  attachments: 'importRecordAttachment',
  file: 'importRecordFile',
};

const PROBLEM: Partial<Record<ProblemCode, MessageKey>> = {
  missing: 'importProblemMissing',
  'wrong-type': 'importProblemWrongType',
  empty: 'importProblemEmpty',
  'too-long': 'importProblemTooLong',
  'not-allowed': 'importProblemNotAllowed',
  'not-an-address': 'importProblemNotAnAddress',
  'foreign-page': 'importProblemForeignPage',
  'unknown-field': 'importProblemUnknownField',
  duplicate: 'importProblemDuplicate',
  orphan: 'importProblemOrphan',
};

/** «обращение № 3, поле «pageUrl»»: records are counted from 1, as a person counts them. */
export function whereText(problem: ImportProblem, language: Language): string {
  const record = t(RECORD[problem.list], language, problem.index + 1);
  return problem.field ? `${record}, ${t('importField', language, problem.field)}` : record;
}

export function importOutcomeText(outcome: ImportOutcome, language: Language): string {
  if (outcome.ok) return t('importDone', language, outcome.added.inquiries, outcome.added.events, outcome.added.attachments);
  switch (outcome.reason) {
    case 'too-large':
      return t('importTooLarge', language, Math.round(MAX_IMPORT_BYTES / 1024 / 1024));
    case 'not-json':
      return t('importNotJson', language);
    case 'not-ours':
      return t('importNotOurs', language);
    case 'newer':
      return t('importNewer', language);
    case 'damaged': {
      const problem = outcome.problem ?? { list: 'file', index: 0, field: '', code: 'wrong-type' };
      return t('importDamaged', language, whereText(problem, language), t(PROBLEM[problem.code] ?? 'importProblemOther', language));
    }
  }
}

/** A write that failed: nothing was changed (the transaction was aborted); a blocked or unopenable database says what to do. */
export function importFailureText(error: unknown, language: Language): string {
  if (isQuotaError(error)) return t('importStorageFull', language);
  const failure = storageFailure(error);
  if (failure === 'blocked' || failure === 'unavailable') return t('importFailedBecause', language, describeLoadFailure(failure, language));
  return t('importFailed', language);
}

export function importProgressText(progress: ImportProgress | 'reading', language: Language): string {
  if (progress === 'reading') return t('importReading', language);
  const count = (n: number) => n.toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB');
  return t(progress.stage === 'checking' ? 'importChecking' : 'importWriting', language, count(progress.done), count(progress.total));
}
