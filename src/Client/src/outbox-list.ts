import { h } from './dom';
import type { Outbox } from './outbox';
import type { OutboxEntry } from './outbox-store';

const kindLabel: Record<OutboxEntry['kind'], string> = { milestone: 'Mijlpaal', order: 'Bestelling' };

/**
 * What the tablet still has to send, so pupils see that their work is kept while the wifi is away; and what the server
 * turned down after all, so nobody thinks it arrived.
 */
export function outboxList(outbox: Outbox): HTMLElement {
  const list = h('ul', { class: 'recent-list outbox-list' });
  const refusals = h('div', { class: 'form-alert', role: 'alert' });
  const section = h(
    'section',
    { class: 'recent outbox', 'aria-labelledby': 'outbox-heading', hidden: true },
    h('h2', { id: 'outbox-heading' }, 'Wacht om te verzenden'),
    h('p', { class: 'hint' }, 'Dit staat veilig op de tablet en gaat vanzelf weg zodra er weer verbinding is.'),
    list,
    refusals,
  );
  outbox.onChange((waiting) => {
    list.replaceChildren(
      ...waiting.map((entry) =>
        h(
          'li',
          { class: 'recent-item outbox-item', 'data-outbox-key': entry.key },
          h('h3', {}, `${kindLabel[entry.kind]}: ${entry.label}`),
          h('p', { class: 'recent-time' }, 'wacht om te verzenden'),
        ),
      ),
    );
    section.hidden = waiting.length === 0 && refusals.childElementCount === 0;
  });
  outbox.onRefused((entry, problem) => {
    refusals.append(h('p', {}, `${kindLabel[entry.kind]} "${entry.label}" kon niet bewaard worden: ${problem.message}`));
    section.hidden = false;
  });
  return section;
}
