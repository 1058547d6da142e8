/** The options page: the profile, the language, corrections to the catalogue, reminders, the shopper's data. */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import { Options } from './Options';
import '@/components/design.css';
import './options.css';

render(
  <SettingsProvider>
    <Options />
  </SettingsProvider>,
  document.getElementById('app')!,
);
