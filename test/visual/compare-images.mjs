// Two PNGs, pixel by pixel: how many pixels differ, and a picture of where.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * @returns {{ diffPixels: number, diffPng: Buffer } | { problem: string }}
 * a problem when the sizes differ (a screen grew or shrank).
 */
export function compareImages(expectedPng, actualPng) {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { problem: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  // threshold: how different one pixel's colour may be before it counts (0-1).
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
  return { diffPixels, diffPng: PNG.sync.write(diff) };
}
