import { type Id, type Team } from './api';
import { h } from './dom';
import { formatDateTime, t } from './i18n';
import { Alert, statusLine, uniqueId } from './organiser-shared';
import { answerOffer, getTeamOffers, type Offer } from './showcase-api';

const MESSAGE_MAX = 600;

/** The offers companies made to one of the coach's teams: the coach accepts or declines each, with a message for the company. */
export class OfferList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'offer-list' });
  private readonly alert = new Alert();
  private readonly status = statusLine();

  constructor(
    private readonly challengeId: Id,
    private readonly team: Team,
  ) {
    this.element = h('section', { class: 'coach-offers' }, h('h4', {}, t('offer.teamHeading')), this.list, this.alert.element, this.status);
  }

  async refresh(): Promise<void> {
    try {
      const offers = await getTeamOffers(this.challengeId, this.team.id);
      this.list.replaceChildren(
        ...(offers.length === 0 ? [h('li', { class: 'hint' }, t('offer.teamEmpty'))] : offers.map((offer) => this.item(offer))),
      );
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
