/**
 * Small line icons, drawn inline as SVG in the text's colour (no icon font, nothing fetched). An icon
 * stands beside a word, or replaces a long one on a button that then carries the word as its label.
 */
const PATHS = {
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  note: 'M4 20h4L19 9l-4-4L4 16v4ZM13 7l4 4',
  reply: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 6 6v4',
  check: 'M5 12.5 9.5 17 19 7.5',
  close: 'M6 6l12 12M18 6 6 18',
  reopen: 'M4 4v6h6M5.6 15A7.5 7.5 0 1 0 6.4 7L4 10',
  bell: 'M6 16v-5a6 6 0 0 1 12 0v5l2 2H4l2-2ZM10 21h4',
  send: 'M21 3 10 14M21 3l-7 18-4-7-7-4 18-7Z',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  clip: 'm20 11-8.5 8.5a5 5 0 0 1-7-7L13 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L14 7',
  back: 'm15 5-7 7 7 7',
  settings: 'M4 7h9M17 7h3M15 5v4M4 17h3M11 17h9M9 15v4',
  print: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  upload: 'M12 15V4M7 9l5-5 5 5M5 20h14',
  document: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  alert: 'M12 3 22 20H2L12 3ZM12 10v4M12 17v.5',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 2',
  inbox: 'M3 13 6 5h12l3 8v6H3zM3 13h5l1 3h6l1-3h5',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM20 20l-4-4',
  shield: 'M12 3 20 6v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3ZM9 12l2 2 4-4',
  keyboard: 'M3 6h18v12H3zM7 10h.5M11 10h.5M15 10h.5M7 14h10',
  chat: 'M4 4h16v12H9l-5 4V4ZM8 10h.5M12 10h.5M16 10h.5',
  chart: 'M4 20V10M10 20V4M16 20v-7M3 20h18',
  puzzle: 'M10 4h4v2a1.5 1.5 0 0 0 3 0V4h3v6h-2a1.5 1.5 0 0 0 0 3h2v7H4v-7h2a1.5 1.5 0 0 0 0-3H4V4h3v2a1.5 1.5 0 0 0 3 0V4Z',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4zM12 10a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z',
  more: 'M5 12h.5M12 12h.5M19 12h.5',
  legal: 'M12 3v18M7 21h10M4 7h16M6 7l-3 7a3 3 0 0 0 6 0L6 7ZM18 7l-3 7a3 3 0 0 0 6 0l-3-7Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, class: extra }: { name: IconName; class?: string }) {
  return (
    <svg class={extra ? `icon ${extra}` : 'icon'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
