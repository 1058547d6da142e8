/**
 * The situations, one tap each: the cards this page offers, the chosen one pressed, and «Другое» for the
 * full list of topics (with the recipient), from the same registry.
 */
import type { SituationCard, SituationId } from '@/utils/catalogue/situations';
import { useLanguage, useT } from '@/components/settings';

interface Props {
  cards: SituationCard[];
  chosen: SituationId | 'other';
  onChoose: (card: SituationCard) => void;
  onOther: () => void;
}

export function SituationCards({ cards, chosen, onChoose, onOther }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <div class="mh-situations" role="group" aria-label={t('situationsLabel')} data-testid="mh-situations">
      {cards.map((card) => (
        <button
          key={card.id}
          type="button"
          class="mh-situation"
          data-testid={`mh-situation-${card.id}`}
          aria-pressed={chosen === card.id}
          onClick={() => onChoose(card)}
        >
          {card.name[language]}
        </button>
      ))}
      <button type="button" class="mh-situation" data-testid="mh-situation-other" aria-pressed={chosen === 'other'} onClick={onOther}>
        {t('situationOther')}
      </button>
    </div>
  );
}
