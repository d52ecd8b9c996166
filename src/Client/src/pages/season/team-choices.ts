import type { Id, SeasonDetails, Team } from '../../api/types';
import { byName, h } from '../../ui/dom';
import { uniqueId } from '../../ui/forms';

/** What every part of a round needs: the challenge, its teams, and how to show the season after a change. */
export interface RoundContext {
  challengeId: Id;
  teams: Team[];
  changed: (season: SeasonDetails) => void;
}

/** A list of checkboxes, one per team by name (with its school, and a note such as its venue now). */
export function teamChoices(teams: Team[], checked: Set<Id>, legend: string, note: (team: Team) => string = () => '') {
  const boxes = [...teams].sort(byName).map((team) => {
    const id = uniqueId('team-choice');
    const box = h('input', { type: 'checkbox', id, value: team.id, checked: checked.has(team.id) });
    const extra = note(team);
    return {
      box,
      item: h('li', {}, box, h('label', { for: id }, team.name, ' ', h('span', { class: 'team-choice-school' }, extra ? `${team.school} · ${extra}` : team.school))),
    };
  });
  return {
    element: h('fieldset', { class: 'team-choices' }, h('legend', {}, legend), h('ul', {}, ...boxes.map((b) => b.item))),
    chosen: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
  };
}
