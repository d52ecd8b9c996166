import type { ImpactFigure } from '../../api/types';
import { formatNumber, t } from '../../i18n/i18n';

/** A figure as a person reads it: the number, or "fewer than 10" when its group is too small (never 0). */
export const figureText = (figure: ImpactFigure): string =>
  figure.suppressed || figure.value === null ? t('impact.suppressed') : formatNumber(figure.value);

/** The number to draw, or null for a suppressed figure, which gets no bar at all. */
export const drawable = (figure: ImpactFigure): number | null => (figure.suppressed ? null : figure.value);
