/**
 * What the escalation page works from: the inquiry's events and attachments, the form (kept as a draft in
 * utils/storage/escalation-drafts at each change), and the shopper's profile, edited here.
 */
import { useEffect, useState } from 'preact/hooks';
import { attachmentsOf, eventsOf } from '../../../utils/db';
import { loadEscalationDraft, saveEscalationDraft } from '../../../utils/storage/escalation-drafts';
import { updateSettings, type Settings } from '../../../utils/storage/settings';
import type { Attachment, Inquiry, InquiryEvent } from '../../../utils/inquiries/model';
import type { Profile } from '../../../utils/templates';
import { initialForm, type Form } from './form';

export function useEscalation(inquiry: Inquiry, settings: Settings | undefined) {
  const [form, setForm] = useState<Form | undefined>(undefined);
  const [events, setEvents] = useState<InquiryEvent[]>([]);
  const [files, setFiles] = useState<Attachment[]>([]);

  useEffect(() => {
    let current = true;
    void (async () => {
      const [stored, own, attached] = await Promise.all([
        loadEscalationDraft<Partial<Form>>(inquiry.id),
        eventsOf(inquiry.id),
        attachmentsOf(inquiry.id),
      ]);
      if (!current) return;
      setEvents(own);
      setFiles(attached);
      setForm({ ...initialForm(inquiry), ...stored });
    })();
    return () => {
      current = false;
    };
  }, [inquiry.id, inquiry.updatedAt]);

  const change = (next: Partial<Form>) => {
    if (!form) return;
    const updated = { ...form, ...next };
    setForm(updated);
    // Kept at once: closing the page loses nothing typed.
    void saveEscalationDraft(inquiry.id, updated);
  };

  return { form, events, files, change, ...useProfile(settings) };
}

/** The profile as typed. Taken from the settings once: while the shopper types, their text is the truth. */
function useProfile(settings: Settings | undefined) {
  const [profile, setProfile] = useState<Profile | undefined>(settings?.profile);
  useEffect(() => {
    if (profile === undefined && settings) setProfile(settings.profile);
  }, [settings]);
  const changeProfile = (name: keyof Profile, value: string) => {
    const next: Profile = { ...profile, [name]: value || undefined };
    setProfile(next);
    // Saved as typed (the documents trim it): each save carries the whole latest profile.
    void updateSettings({ profile: next });
  };
  return { profile, changeProfile, saveProfile: () => {} };
}
