import type { Id, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { formatDateTime, t } from '../../i18n/i18n';
import { onPush, watch } from '../../live/hub';
import { hubMessages, hubMethods } from '../../live/hub-contract';
import { Alert, statusLine, uniqueId } from '../../ui/forms';
import { answerOffer, getTeamOffers, type Offer } from '../../api/showcase';

const MESSAGE_MAX = 600;

/**
 * The offers companies made to one of the coach's teams: the coach accepts or declines each, with a message for the company.
 * New offers and answers are pushed through the hub; an offer's element is kept while it does not change, so an answer being
 * typed survives another offer arriving.
 */
export class OfferList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'offer-list' });
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private readonly elements = new Map<string, HTMLElement>();
  private offers: Offer[] = [];

  constructor(
    private readonly challengeId: Id,
    private readonly team: Team,
    private readonly counted: (unanswered: number) => void = () => undefined,
  ) {
    this.element = h('section', { class: 'coach-offers', id: `offers-${team.id}`, tabindex: -1 }, h('h4', {}, t('offer.teamHeading')), this.list, this.alert.element, this.status);
  }

  /** Watches the team's offers on the hub: the list arrives on connecting and after every reconnect, single offers in between. */
  start(): void {
    onPush(hubMessages.offer, (offer) => {
      if (offer.teamId !== this.team.id || !this.element.isConnected) return;
      this.show([offer, ...this.offers.filter((o) => o.id !== offer.id)]);
    });
    watch({
      method: hubMethods.watchTeamOffers,
      args: [this.challengeId, this.team.id],
      adopt: (offers) => this.show(offers),
      onStatus: () => undefined,
      refused: (error) => this.alert.showError(t('offer.answerFailed'), error),
      alive: () => this.element.isConnected,
    });
  }

  private show(offers: Offer[]): void {
    this.offers = [...offers].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
    this.counted(this.offers.filter((offer) => !offer.answer).length);
    const keep = new Map<string, HTMLElement>();
    const children = this.offers.map((offer) => {
      const key = JSON.stringify(offer);
      const element = this.elements.get(key) ?? this.item(offer);
      keep.set(key, element);
      return element;
    });
    this.elements.clear();
    for (const [key, element] of keep) this.elements.set(key, element);
    this.list.replaceChildren(...(children.length === 0 ? [h('li', { class: 'hint' }, t('offer.teamEmpty'))] : children));
  }

  private async refresh(): Promise<void> {
    try {
      this.show(await getTeamOffers(this.challengeId, this.team.id));
    } catch (error) {
      this.alert.showError(t('offer.answerFailed'), error);
    }
  }

  private item(offer: Offer): HTMLElement {
    const item = h(
      'li',
      { class: 'offer-item', 'data-offer-id': offer.id },
      h('strong', {}, t(`offer.kind.${offer.kind}`)),
      ` ${t('offer.from', { employer: offer.employerName })} · ${formatDateTime(offer.madeAt)}`,
      h('p', {}, offer.message),
    );
    if (offer.answer) {
      const said = t(offer.answer.accepted ? 'offer.accepted' : 'offer.declined', { coach: offer.answer.answeredBy });
      item.append(h('p', { class: 'offer-answer' }, offer.answer.message ? `${said}: ${offer.answer.message}` : said));
      return item;
    }
    const id = uniqueId('offer-answer');
    const message = h('textarea', { id, maxlength: MESSAGE_MAX, rows: 2 });
    const accept = h('button', { type: 'button', class: 'button' }, t('offer.accept'));
    const decline = h('button', { type: 'button', class: 'button button-secondary' }, t('offer.decline'));
    accept.addEventListener('click', () => void this.answer(offer, true, message));
    decline.addEventListener('click', () => void this.answer(offer, false, message));
    item.append(
      h('label', { for: id }, t('offer.answer', { employer: offer.employerName })),
      message,
      h('div', { class: 'form-actions' }, accept, decline),
    );
    return item;
  }

  private async answer(offer: Offer, accept: boolean, message: HTMLTextAreaElement): Promise<void> {
    this.alert.clear();
    try {
      await answerOffer(this.challengeId, this.team.id, offer.id, accept, message.value.trim());
      this.status.textContent = t('offer.answered');
    } catch (error) {
      this.alert.showError(t('offer.answerFailed'), error);
    }
    await this.refresh();
  }
}
