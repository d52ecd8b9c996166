import { h } from '../../ui/dom';
import { euroInputValue, parseEuro } from '../../ui/euro';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { putCatalogue, type CatalogueItemInput, type ShopCatalogue, type ShopItem } from '../../api/shop';
import { euro } from '../../ui/shop-labels';
import { t } from '../../i18n/i18n';

// The server's limits (ShopGrain), so most mistakes are caught before anything is sent.
const MAX_ITEMS = 200;
const SKU_MAX = 40;
const NAME_MAX = 80;
const DESCRIPTION_MAX = 500;
const PRICE_MAX_CENTS = 1_000_000;
const STOCK_MAX = 100_000;

type Field = 'sku' | 'name' | 'description' | 'unitPriceCents' | 'stockLimit';

/** What one row holds after reading: the article to send, or the Dutch reasons it cannot be sent yet. */
type RowReading = { item: CatalogueItemInput; problems: [Field, string][] };

class ItemRow {
  readonly element: HTMLElement;
  private readonly legend = h('legend', { id: uniqueId('item-legend') });
  readonly controls: Record<Field, HTMLInputElement> = {
    sku: h('input', { type: 'text', maxlength: SKU_MAX, autocomplete: 'off', spellcheck: 'false' }),
    name: h('input', { type: 'text', maxlength: NAME_MAX, autocomplete: 'off' }),
    description: h('input', { type: 'text', maxlength: DESCRIPTION_MAX, autocomplete: 'off' }),
    unitPriceCents: h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }),
    stockLimit: h('input', { type: 'number', min: 0, max: STOCK_MAX, step: 1, inputmode: 'numeric' }),
  };

  constructor(item: ShopItem | null, remove: (row: ItemRow) => void) {
    const { sku, name, description, unitPriceCents, stockLimit } = this.controls;
    sku.value = item?.sku ?? '';
    name.value = item?.name ?? '';
    description.value = item?.description ?? '';
    unitPriceCents.value = item ? euroInputValue(item.unitPriceCents) : '';
    stockLimit.value = item?.stockLimit == null ? '' : String(item.stockLimit);
    name.addEventListener('input', () => this.nameLegend());
    this.nameLegend();
    const removeButton = h(
      'button',
      { type: 'button', class: 'button button-quiet button-small', 'aria-describedby': this.legend.id },
      t('organiser.catalogue.removeItem'),
    );
    removeButton.addEventListener('click', () => remove(this));
    const stockHint =
      item?.stockLimit != null && item.stockLeft != null
        ? t('organiser.catalogue.stockHintLeft', { left: item.stockLeft, limit: item.stockLimit })
        : t('organiser.catalogue.stockHint');
    this.element = h(
      'fieldset',
      { class: 'catalogue-row' },
      this.legend,
      textField(t('organiser.catalogue.sku'), sku, t('organiser.catalogue.skuHint')),
      textField(t('organiser.catalogue.name'), name),
      textField(t('organiser.catalogue.price'), unitPriceCents, t('organiser.catalogue.priceHint')),
      textField(t('organiser.catalogue.stock'), stockLimit, stockHint),
      h('div', { class: 'catalogue-description' }, textField(t('organiser.catalogue.description'), description)),
      h('div', { class: 'catalogue-remove' }, removeButton),
    );
  }

  get blank(): boolean {
    return Object.values(this.controls).every((control) => control.value.trim() === '');
  }

  focus(): void {
    this.controls.sku.focus();
  }

  read(): RowReading {
    const text = (field: Field) => this.controls[field].value.trim();
    const problems: [Field, string][] = [];
    const price = parseEuro(text('unitPriceCents'));
    if (price === null || price < 1 || price > PRICE_MAX_CENTS) {
      problems.push(['unitPriceCents', t('organiser.catalogue.priceProblem', { max: euro(PRICE_MAX_CENTS) })]);
    }
    const stockText = text('stockLimit');
    const stock = stockText === '' ? null : Number(stockText);
    // A number input reports an empty value for text it cannot read; validity tells those apart from a real blank.
    if (this.controls.stockLimit.validity.badInput || (stock !== null && !(Number.isInteger(stock) && stock >= 0 && stock <= STOCK_MAX))) {
      problems.push(['stockLimit', t('organiser.catalogue.stockProblem', { max: STOCK_MAX })]);
    }
    return {
      item: {
        sku: text('sku'),
        name: text('name'),
        description: text('description'),
        unitPriceCents: price ?? 0,
        stockLimit: stock,
      },
      problems,
    };
  }

  private nameLegend(): void {
    this.legend.textContent = t('organiser.catalogue.itemLegend', { name: this.controls.name.value.trim() || t('organiser.catalogue.newItem') });
  }
}

const fieldNames: Record<Field, string> = {
  sku: 'artikelcode',
  name: 'naam',
  description: 'omschrijving',
  unitPriceCents: 'prijs',
  stockLimit: 'voorraad',
};

/** The shop's articles, edited row by row and saved as a whole, the way the server replaces them. */
export class CatalogueEditor {
  readonly element: HTMLElement;
  readonly editable = h('fieldset', { class: 'plain-fieldset' });
  private readonly list = h('div', { class: 'catalogue-list' });
  private readonly empty = h('p', { class: 'hint', hidden: true }, t('organiser.catalogue.empty'));
  private readonly addButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.catalogue.add'));
  private readonly saveButton = h('button', { type: 'button', class: 'button' }, t('organiser.catalogue.save'));
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private rows: ItemRow[] = [];
  private sending = false;

  constructor(private readonly challengeId: string) {
    const heading = h('h3', { id: 'catalogue-heading' }, t('organiser.catalogue.heading'));
    this.editable.append(this.empty, this.list, h('p', {}, this.addButton));
    this.element = h(
      'div',
      { role: 'group', 'aria-labelledby': heading.id, class: 'catalogue' },
      heading,
      h('p', { class: 'hint' }, t('organiser.catalogue.intro')),
      this.editable,
      this.alert.element,
      h('div', { class: 'form-actions' }, this.saveButton, this.status),
    );
    this.addButton.addEventListener('click', () => this.addRow(null).focus());
    this.saveButton.addEventListener('click', () => void this.save());
  }

  set enabled(enabled: boolean) {
    this.editable.disabled = !enabled;
    this.saveButton.disabled = !enabled;
    this.addButton.disabled = !enabled || this.rows.length >= MAX_ITEMS;
  }

  load(catalogue: ShopCatalogue): void {
    this.rows = [];
    this.list.replaceChildren();
    for (const item of catalogue.items) this.addRow(item);
    this.showEmpty();
  }

  private addRow(item: ShopItem | null): ItemRow {
    const row = new ItemRow(item, (removed) => {
      const index = this.rows.indexOf(removed);
      this.rows.splice(index, 1);
      removed.element.remove();
      (this.rows[index] ?? this.rows[index - 1] ?? this.addButton).focus();
      this.showEmpty();
    });
    this.rows.push(row);
    this.list.append(row.element);
    this.showEmpty();
    return row;
  }

  private showEmpty(): void {
    this.empty.hidden = this.rows.length > 0;
    this.addButton.disabled = this.editable.disabled || this.rows.length >= MAX_ITEMS;
  }

  private async save(): Promise<void> {
    if (this.sending) return;
    this.alert.clear();
    this.status.textContent = '';
    for (const row of this.rows) for (const control of Object.values(row.controls)) markInvalid(control, false);
    // Rows left completely empty are an "add" clicked once too often, not an article.
    const sent = this.rows.filter((row) => !row.blank);
    const readings = sent.map((row) => row.read());
    const problems = readings.flatMap((reading, index) =>
      reading.problems.map(([field, message]) => ({ row: sent[index]!, field, line: t('organiser.catalogue.problemLine', { number: index + 1, field: fieldNames[field], message }) })),
    );
    if (problems.length > 0) {
      for (const { row, field } of problems) markInvalid(row.controls[field], true);
      this.alert.show(t('organiser.catalogue.saveFailedCheck'), problems.map((p) => p.line));
      problems[0]!.row.controls[problems[0]!.field].focus();
      return;
    }
    this.sending = true;
    this.status.textContent = t('organiser.catalogue.saving');
    try {
      this.load(await putCatalogue(this.challengeId, readings.map((reading) => reading.item)));
      this.status.textContent = t('organiser.catalogue.saved');
    } catch (error) {
      this.status.textContent = '';
      const errors = this.alert.showError(t('organiser.failed.save'), error);
      const invalid = Object.keys(errors).flatMap((key) => {
        const match = /^items\[(\d+)\]\.(\w+)$/.exec(key);
        const control = match ? sent[Number(match[1])]?.controls[match[2] as Field] : undefined;
        return control ? [control] : [];
      });
      for (const control of invalid) markInvalid(control, true);
      invalid[0]?.focus();
    } finally {
      this.sending = false;
    }
  }
}
