/**
 * The panel's dialog as an extension page (public/panel.html), shown in a frame inside the marketplace
 * tab's panel (utils/panel-frame/). It draws nothing until the content script of its own tab has answered.
 * It listens for its key from its first run (the content script posts it once the page has loaded, which
 * is after this script has run).
 *
 * One script and one stylesheet, built on their own (an unlisted script, as page-reader.ts): the frame's
 * page is loaded at each first opening, and Chromium serves an extension's files one at a time, a few ms
 * each after the first; as a page of the multi-page build it loaded nine files, the shared chunks among them.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SettingsProvider } from '@/components/settings';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { awaitFrameKey, frameKey } from '@/utils/panel-frame/frame-key';
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

  // Drawn with the page's state: the content script may show the frame. Said as soon as the dialog is in
  // the document, before this frame paints it: the page shows the frame at its own next frame, by which
  // this one has painted (waiting for an effect after the paint cost 20–35 ms more).
  const drawn = !!state;
  useLayoutEffect(() => {
    if (drawn) connection.post({ type: 'ready' });
  }, [drawn]);

  if (!state) return null;
  return (
    <Dialog state={state} page={connection.page} opened={opened} focusTaken={focusTaken} onClose={() => connection.post({ type: 'close' })} />
  );
}

export default defineUnlistedScript(() => {
  awaitFrameKey();
  stayOnThisPage();
  void Promise.all([ownTab(), frameKey()]).then(([tab, key]) => {
    if (!tab) return;
    render(
      <SettingsProvider>
        <Panel connection={connectPanel(tab, key.hash, key.state)} />
      </SettingsProvider>,
      document.getElementById('app')!,
    );
  });
});
