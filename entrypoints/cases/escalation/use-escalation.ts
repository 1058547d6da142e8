/**
 * What the escalation page works from: the inquiry's events and attachments, the form (kept as a draft in
 * utils/storage/escalation-drafts at each change), and the shopper's profile, edited here and written to
 * the settings when a field is left or typing pauses — not at every key.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { attachmentsOf, eventsOf } from '@/utils/db';
import { loadEscalationDraft, saveEscalationDraft } from '@/utils/storage/escalation-drafts';
import { updateSettings, type Settings } from '@/utils/storage/settings';
import { isQuotaError } from '@/utils/db/errors';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import type { Profile } from '@/utils/templates';
import { restoredForm, type Form } from './form';

/** The pause in typing after which the profile is written. */
export const PROFILE_SAVE_DELAY_MS = 800;

/** Why the draft of the form is not all kept: a text cut to the limit, the disk full, another failure. */
export type DraftProblem = 'cut' | 'full' | 'failed';

export function useEscalation(inquiry: Inquiry, settings: Settings | undefined) {
  const [form, setForm] = useState<Form | undefined>(undefined);
  const [draftProblem, setDraftProblem] = useState<DraftProblem | undefined>(undefined);
  const [events, setEvents] = useState<InquiryEvent[]>([]);
  const [files, setFiles] = useState<Attachment[]>([]);

  // The form once per inquiry: a write to the inquiry (a reply, "mark as sent") must not bring back an
  // older draft over what is being typed.
  useEffect(() => {
    let current = true;
    void loadEscalationDraft<Partial<Form>>(inquiry.id).then((stored) => {
      if (current) setForm((typed) => typed ?? restoredForm(inquiry, stored));
    });
    return () => {
      current = false;
      setForm(undefined);
    };
  }, [inquiry.id]);

  // The evidence again at each write to the inquiry: a new reply or file belongs in the document.
  useEffect(() => {
    let current = true;
    void Promise.all([eventsOf(inquiry.id), attachmentsOf(inquiry.id)]).then(([own, attached]) => {
      if (!current) return;
      setEvents(own);
      setFiles(attached);
    });
    return () => {
      current = false;
    };
  }, [inquiry.id, inquiry.updatedAt]);

  // From the latest form, not the one this render saw: several fields changed at once (a browser's
  // autofill) all land.
  const change = (next: Partial<Form> | ((form: Form) => Partial<Form>)) => {
    setForm((previous) => {
      if (!previous) return previous;
      const updated = { ...previous, ...(typeof next === 'function' ? next(previous) : next) };
      // Kept at once: closing the page loses nothing typed. What is not kept is said (the form keeps it).
      void saveEscalationDraft(inquiry.id, updated).then(
        ({ cut }) => setDraftProblem(cut ? 'cut' : undefined),
        (error) => setDraftProblem(isQuotaError(error) ? 'full' : 'failed'),
      );
      return updated;
    });
  };

  return { form, events, files, change, draftProblem, ...useProfile(settings) };
}

/**
 * The profile as typed. Taken from the settings once: while the shopper types, their text is the truth,
 * not the saved copy. Written after a pause, when a field is left, and when the page is hidden or closed.
 */
function useProfile(settings: Settings | undefined) {
  const [profile, setProfile] = useState<Profile | undefined>(settings?.profile);
  useEffect(() => {
    if (profile === undefined && settings) setProfile(settings.profile);
  }, [settings]);
  const unsaved = useRef<Profile | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = unsaved.current;
    if (!next) return;
    unsaved.current = undefined;
    // Saved as typed (the documents trim it): each save carries the whole latest profile.
    void updateSettings({ profile: next });
  };
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      flush();
    };
  }, []);

  const changeProfile = (name: keyof Profile, value: string) => {
    setProfile((previous) => {
      const next: Profile = { ...previous, [name]: value || undefined };
      unsaved.current = next;
      return next;
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, PROFILE_SAVE_DELAY_MS);
  };

  return { profile, changeProfile, saveProfile: flush };
}
