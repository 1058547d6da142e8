/**
 * The panel's dialog as an extension page, shown in a frame inside the marketplace tab's panel
 * (utils/panel-frame/). It draws nothing until the content script of its own tab has answered.
 */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import { useEffect, useState } from 'preact/hooks';
import { frameKey } from '@/utils/panel-frame/frame-key';
import { connectPanel, ownTab, stayOnThisPage, type Connection } from '@/utils/panel-frame/guest';
import { Dialog } from './Dialog';
import '@/components/design.css';
import './panel.css';

function Panel({ connection }: { connection: Connection }) {
  const [{ state, opened, focusTaken }, setCurrent] = useState(connection.current);
  useEffect(() => {
    connection.subscribe(() => setCurrent(connection.current()));
    setCurrent(connection.current());
  }, []);

  // Drawn with the page's state: the content script may show the frame.
  const drawn = !!state;
  useEffect(() => {
    if (drawn) connection.post({ type: 'ready' });
  }, [drawn]);

  if (!state) return null;
  return (
    <Dialog state={state} page={connection.page} opened={opened} focusTaken={focusTaken} onClose={() => connection.post({ type: 'close' })} />
  );
}

stayOnThisPage();
void Promise.all([ownTab(), frameKey()]).then(([tab, key]) => {
  if (!tab) return;
  render(
    <SettingsProvider>
      <Panel connection={connectPanel(tab, key)} />
    </SettingsProvider>,
    document.getElementById('app')!,
  );
});
