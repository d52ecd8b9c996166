import type { ChallengeDetail } from '../../api/types';
import type { Offer } from '../../api/showcase';
import { h } from '../../ui/dom';
import { formatDateTime, t } from '../../i18n/i18n';
import { onPush, watch } from '../../live/hub';
import { hubMessages, hubMethods } from '../../live/hub-contract';

/**
 * The employer's own offers with the coaches' answers. Watched on the hub: the list arrives on connecting and after every
 * reconnect, and a coach's answer (or an offer made from another tab) arrives as it is given. Offers are never deleted, so
 * what arrives is merged by id.
 */
export class MyOffers {
  readonly element = h('div', { class: 'showcase-offers' });
  private readonly offers = new Map<string, Offer>();

  start(challenges: ChallengeDetail[]): void {
    this.render();
    onPush(hubMessages.offer, (offer) => this.add(offer));
    for (const challenge of challenges) {
      watch({
        method: hubMethods.watchOffers,
        args: [challenge.id],
        adopt: (offers) => {
          for (const offer of offers) this.offers.set(offer.id, offer);
          this.render();
        },
        onStatus: () => undefined,
        refused: () => undefined,
        alive: () => true,
      });
    }
  }

  add(offer: Offer): void {
    this.offers.set(offer.id, offer);
    this.render();
  }

  private render(): void {
    const offers = [...this.offers.values()].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
    this.element.replaceChildren(
      h('h2', {}, t('offer.mine')),
      offers.length === 0
        ? h('p', { class: 'hint' }, t('offer.mineEmpty'))
        : h('ul', { class: 'offer-list' }, ...offers.map((offer) => item(offer))),
    );
  }
}

function item(offer: Offer): HTMLElement {
  const answer = offer.answer;
  return h(
    'li',
    { class: 'offer-item', 'data-offer-id': offer.id },
    h('strong', {}, t(`offer.kind.${offer.kind}`)),
    ` ${t('offer.to', { team: offer.teamName, school: offer.school })} · ${formatDateTime(offer.madeAt)}`,
    h('p', {}, offer.message),
    h(
      'p',
      { class: 'offer-answer' },
      answer
        ? `${t(answer.accepted ? 'offer.accepted' : 'offer.declined', { coach: answer.answeredBy })}${answer.message ? `: ${answer.message}` : ''}`
        : t('offer.waiting'),
    ),
  );
}
