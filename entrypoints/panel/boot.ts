/**
 * The frame's first script: it brings the dialog (./main.tsx) only once the frame has its key. The frame
 * is first loaded with none, and is given it by a navigation to `panel.html#<key>` once loaded
 * (utils/panel-frame/protocol.ts); Chromium loads the page anew for that navigation, so the dialog's code
 * compiled in the keyless document would be thrown away. That document now loads this alone, and its
 * `load` — which the key waits for — comes without the dialog's code. Where the key comes as a fragment
 * change of the same document (Firefox), the code is brought then.
 */
import { FRAME_KEY } from '@/utils/panel-frame/protocol';

const start = () => void import('./main');
if (FRAME_KEY.test(location.hash)) start();
else {
  const onHash = () => {
    if (!FRAME_KEY.test(location.hash)) return;
    removeEventListener('hashchange', onHash);
    start();
  };
  addEventListener('hashchange', onHash);
}
