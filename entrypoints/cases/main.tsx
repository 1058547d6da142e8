/** The case file page (cases.html): every inquiry with search and filters, one inquiry's case file, the summary, escalation. */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import { loadClock } from '@/utils/storage/clock';
import { listInquiries } from '@/utils/db';
import '@/components/design.css';
import '@/components/inquiries.css';
import './cases.css';
import { History, route } from './History';

// The summary needs the whole history: start reading it before the page is drawn.
const early = route() === 'summary' ? Promise.all([loadClock(), listInquiries()]).then(([, all]) => all) : undefined;
render(
  <SettingsProvider>
    <History early={early} />
  </SettingsProvider>,
  document.getElementById('app')!,
);
