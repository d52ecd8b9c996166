import qrcode from 'qrcode-generator';
import { h } from '../../ui/dom';

/**
 * A QR code of `text` as a crisp image: each module a whole number of pixels, with the quiet zone that phone cameras need.
 * Error correction M: it still reads from a phone held at an angle across a hall.
 */
export function qrImage(text: string, alt: string): HTMLImageElement {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  return h('img', { class: 'wall-qr-code', src: code.createDataURL(6, 24), alt, width: code.getModuleCount() * 6 + 48 });
}
