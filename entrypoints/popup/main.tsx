/** The toolbar popup: the saved inquiries with their actions, and the panel on the marketplace tab. */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import { Popup } from './Popup';
import '@/components/design.css';
import '@/components/inquiries.css';
import './popup.css';

render(
  <SettingsProvider>
    <Popup />
  </SettingsProvider>,
  document.getElementById('app')!,
);
