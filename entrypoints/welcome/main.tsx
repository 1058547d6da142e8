/** The first-run page (welcome.html), opened once when the extension is installed: what it does, how to open it. */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import '@/components/design.css';
import './welcome.css';
import { Welcome } from './Welcome';

render(
  <SettingsProvider>
    <Welcome />
  </SettingsProvider>,
  document.getElementById('app')!,
);
