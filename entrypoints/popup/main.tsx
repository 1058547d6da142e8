/** The toolbar popup: the saved inquiries with their actions, and the panel on the marketplace tab. */
import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/design.css';
import '@/components/inquiries.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
