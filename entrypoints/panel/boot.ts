/**
 * The frame's first script: it listens for the key the content script posts once the frame has loaded
 * (utils/panel-frame/frame-key.ts), and brings the dialog (./main.tsx) at once, so that the dialog's code
 * arrives while the content script is still getting ready; the dialog connects once it has the key.
 */
import { awaitFrameKey } from '@/utils/panel-frame/frame-key';

awaitFrameKey();
void import('./main');
