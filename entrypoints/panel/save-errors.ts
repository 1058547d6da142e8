/**
 * A refused save in the shopper's words: each problem code the background's check returns, worded from
 * the locale messages. A storage failure (the disk full, the database blocked by another tab or not
 * opening) says what happened and what to do; its technical detail stays out of the sentence.
 */
import type { Problem, SaveInquiryResult } from '@/utils/inquiries/model';
import { describeSaveFailure } from '@/utils/db/failure-text';
import { t, type Language, type MessageKey } from '@/utils/platform/i18n';

export function problemKey({ field, code }: Problem): MessageKey {
  switch (code) {
    case 'empty':
      return field === 'message' ? 'problemEmpty' : 'problemOther';
    case 'too-long':
      return field === 'message' ? 'problemTooLong' : field === 'subject' ? 'problemSubjectTooLong' : 'problemFieldTooLong';
    case 'unknown-topic':
      return 'problemUnknownTopic';
    case 'unknown-channel':
      return 'problemUnknownChannel';
    case 'channel-not-for-topic':
      return 'problemChannelNotForTopic';
    case 'sent-without-channel':
      return 'problemSentWithoutChannel';
    case 'recipient-mismatch':
      return 'problemRecipientMismatch';
    case 'foreign-page':
      return 'problemForeignPage';
    case 'foreign-sender':
      return 'problemForeignSender';
    default:
      return 'problemOther';
  }
}

export function saveErrorText(result: Exclude<SaveInquiryResult, { ok: true }>, language: Language): string {
  if (result.error !== 'invalid') return describeSaveFailure(result.error, language);
  const worded = [...new Set(result.problems.map((problem) => t(problemKey(problem), language)))];
  return t('errorInvalid', language, worded.length ? worded.join('; ') : t('problemOther', language));
}
