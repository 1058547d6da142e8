/**
 * The first-run page: what the extension does, that nothing leaves the browser, the three ways to open the
 * panel (the tab on the page, the keyboard shortcut as the browser has it, the toolbar button), and the
 * options for the profile. Nothing on it is required.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Icon, type IconName } from '@/components/Icon';
import type { MessageKey } from '@/utils/platform/i18n';
import { updateSettings } from '@/utils/storage/settings';
import { useLanguage, useT } from '@/components/settings';

/** The shortcut as the browser has it now (the shopper may have changed it, or another extension taken it). */
async function shortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === 'open-panel')?.shortcut ?? '';
}

export function Welcome() {
  const t = useT();
  const language = useLanguage();
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => void shortcut().then(setKeys), []);

  return (
    <main class="welcome" lang={language} data-testid="mh-welcome">
      <div class="welcome-top">
        <p class="welcome-brand">
          <Icon name="chat" />
          Market Helpdesk
        </p>
        <LanguageChoice />
      </div>

      <header class="welcome-hero">
        <h1>{t('welcomeTitle')}</h1>
        <p class="welcome-lead">{t('welcomeLead')}</p>
        <p class="muted">{t('welcomeWhere')}</p>
      </header>

      <WhatSection />

      <section class="welcome-section welcome-private" aria-labelledby="mh-welcome-private" data-testid="mh-welcome-private">
        <Icon name="shield" class="welcome-private-icon" />
        <div>
          <h2 id="mh-welcome-private">{t('welcomePrivateTitle')}</h2>
          <p>{t('welcomePrivate')}</p>
        </div>
      </section>

      <OpenSection keys={keys} />

      <section class="welcome-section" aria-labelledby="mh-welcome-profile">
        <h2 id="mh-welcome-profile">{t('welcomeProfileTitle')}</h2>
        <p>{t('welcomeProfile')}</p>
        <p>
          <a class="button" href="/options.html" data-testid="mh-welcome-options">
            <Icon name="settings" />
            {t('welcomeOpenOptions')}
          </a>
        </p>
      </section>
    </main>
  );
}

/** The extension's language, switched here at once (it is saved as the setting the options show). */
function LanguageChoice() {
  const t = useT();
  const language = useLanguage();
  return (
    <div class="welcome-language" role="group" aria-label={t('welcomeLanguage')}>
      {(['ru', 'en'] as const).map((lang) => (
        <button
          key={lang}
          type="button"
          class={`small${language === lang ? ' primary' : ' quiet'}`}
          lang={lang}
          aria-pressed={language === lang}
          data-testid={`mh-welcome-language-${lang}`}
          onClick={() => void updateSettings({ language: lang })}
        >
          {lang === 'ru' ? 'Русский' : 'English'}
        </button>
      ))}
    </div>
  );
}

const WHAT: [IconName, MessageKey][] = [
  ['search', 'welcomeWhatRead'],
  ['chat', 'welcomeWhatWrite'],
  ['inbox', 'welcomeWhatKeep'],
];

/** What the extension does, in three lines. */
function WhatSection() {
  const t = useT();
  return (
    <section class="welcome-section" aria-labelledby="mh-welcome-what">
      <h2 id="mh-welcome-what">{t('welcomeWhatTitle')}</h2>
      <ul class="welcome-what">
        {WHAT.map(([icon, key]) => (
          <li key={key}>
            <Icon name={icon} />
            <span>{t(key)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The three ways to open the panel; `keys`: the shortcut, '' for none, undefined while it is asked for. */
function OpenSection({ keys }: { keys: string | undefined }) {
  const t = useT();
  return (
    <section class="welcome-section" aria-labelledby="mh-welcome-open">
      <h2 id="mh-welcome-open">{t('welcomeOpenTitle')}</h2>
      <ol class="welcome-ways">
        <li data-testid="mh-welcome-tab">
          <TabPicture />
          <p>{t('welcomeOpenTab')}</p>
        </li>
        <li data-testid="mh-welcome-shortcut" data-value={keys ?? ''}>
          <Icon name="keyboard" class="welcome-way-icon" />
          <p>
            {t('welcomeOpenShortcut')}{' '}
            {keys === undefined ? null : keys ? <Keys keys={keys} /> : <span class="muted">{t('welcomeShortcutNone')}</span>}
          </p>
        </li>
        <li data-testid="mh-welcome-toolbar">
          <Icon name="puzzle" class="welcome-way-icon" />
          <p>{t('welcomeOpenToolbar')}</p>
        </li>
      </ol>
    </section>
  );
}

/** "Alt+Shift+M" as keys. */
function Keys({ keys }: { keys: string }) {
  const parts = keys.split('+');
  return (
    <kbd class="keys">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && '+'}
          <kbd>{part}</kbd>
        </span>
      ))}
    </kbd>
  );
}

/** A page with the launcher's tab at its left edge, as the shopper will see it. */
function TabPicture() {
  return (
    <svg class="welcome-picture" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="118" height="70" rx="6" class="page" />
      <rect x="1" y="1" width="118" height="12" rx="6" class="bar" />
      <rect x="22" y="22" width="50" height="6" rx="3" class="line" />
      <rect x="22" y="34" width="80" height="4" rx="2" class="line faint" />
      <rect x="22" y="42" width="70" height="4" rx="2" class="line faint" />
      <rect x="22" y="50" width="76" height="4" rx="2" class="line faint" />
      <path d="M1 38h9a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H1z" class="tab" />
      <circle cx="5" cy="47" r="1.2" class="dot" />
      <circle cx="8.5" cy="47" r="1.2" class="dot" />
    </svg>
  );
}
