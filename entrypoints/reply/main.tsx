/**
 * The reply page (reply.html#<id>): opened by the context menu's «Сохранить как ответ» or by the panel,
 * with the selected text kept in the session's storage under that id (entrypoints/background/reply-menu.ts).
 * It asks which inquiry the text answers and records it there.
 */
import { render } from 'preact';
import { SettingsProvider } from '@/components/settings';
import '@/components/design.css';
import '@/components/inquiries.css';
import './reply.css';
import { ReplyPage } from './ReplyPage';

render(
  <SettingsProvider>
    <ReplyPage id={decodeURIComponent(location.hash.slice(1))} />
  </SettingsProvider>,
  document.getElementById('app')!,
);
