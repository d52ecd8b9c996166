/** The long side of an evidence photo as the tablet sends it: plenty for a wall card, and quick over school wifi. */
export const LONG_SIDE_MAX = 2048;
const JPEG_QUALITY = 0.85;

/**
 * Scales a camera photo down on the tablet so that its long side is at most {@link LONG_SIDE_MAX}, as JPEG. A photo
 * that is already small enough, or a file the browser cannot read as an image, goes as it is: the server checks it.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const scale = LONG_SIDE_MAX / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob ?? file), 'image/jpeg', JPEG_QUALITY));
  } finally {
    bitmap.close();
  }
}
