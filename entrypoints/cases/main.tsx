/** The case file page (cases.html): every inquiry with search and filters, one inquiry's case file, the summary, escalation. */
import { render } from 'preact';
import { loadClock } from '@/utils/storage/clock';
import { listInquiries } from '@/utils/db';
import '@/components/design.css';
import '@/components/inquiries.css';
import './cases.css';
import { History, route } from './History';

// The summary needs the whole history: start reading it before the page is drawn.
const early = route() === 'summary' ? Promise.all([loadClock(), listInquiries()]).then(([, all]) => all) : undefined;
render(<History early={early} />, document.getElementById('app')!);
