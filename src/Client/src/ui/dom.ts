type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text always goes in via text nodes,
 * never innerHTML, because team names and stories are typed by pupils.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => child != null && child !== false));
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Element #${id} ontbreekt in de pagina.`);
  return element as T;
}

export function challengeIdFromUrl(): string | null {
  const id = new URLSearchParams(location.search).get('challenge')?.trim();
  return id ? id : null;
}

const nameCollator = new Intl.Collator('nl-BE');

/** Teams are always shown in name order, never by level or merit. */
export function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  return nameCollator.compare(a.name, b.name) || nameCollator.compare(a.id, b.id);
}
