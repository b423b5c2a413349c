import { describe, expect, it } from 'vitest';
import { scanParts, type Slice } from '../../bench/scan-parts';

/** A first scan as the reader records it: the gate, the reader's evaluation and set-up, the listener, the read, the draw. */
const FIRST_SCAN: Slice[] = [
  { start: 100, duration: 2.6 },
  { start: 110, duration: 0.3 },
  { start: 110.5, duration: 0.3 },
  { start: 111, duration: 0 },
  { start: 111, duration: 4 },
  { start: 130, duration: 1.1 },
];

describe('a first scan split into its parts (bench)', () => {
  it('names the gate, the reader starting, the read and send, and the draw', () => {
    const parts = scanParts(FIRST_SCAN, 111.1, 131);
    expect(parts.gate).toBeCloseTo(2.6);
    expect(parts.readerStart).toBeCloseTo(0.6);
    expect(parts.readAndSend).toBeCloseTo(4);
    expect(parts.draw).toBeCloseTo(1.1);
  });

  it('gives a mark made on the same clock tick as an earlier slice to the later slice, where it was made', () => {
    // The listener's empty slice and the read's slice both start at 111, the tick of the read mark.
    const parts = scanParts(FIRST_SCAN, 111, 131);
    expect(parts.readAndSend).toBeCloseTo(4);
    expect(parts.readerStart).toBeCloseTo(0.6);
  });

  it('reads the slices in time order, whatever order they come in', () => {
    const shuffled = [FIRST_SCAN[5]!, FIRST_SCAN[0]!, FIRST_SCAN[2]!, FIRST_SCAN[1]!, FIRST_SCAN[3]!, FIRST_SCAN[4]!];
    expect(scanParts(shuffled, 111.1, 131)).toEqual(scanParts(FIRST_SCAN, 111.1, 131));
  });

  it('counts a second read before the draw (sections arriving late) as reading, and nothing after the draw', () => {
    const slices = [...FIRST_SCAN.slice(0, 5), { start: 120, duration: 0.5 }, FIRST_SCAN[5]!, { start: 200, duration: 9 }];
    const parts = scanParts(slices, 111.1, 131);
    expect(parts.readAndSend).toBeCloseTo(4.5);
    expect(parts.draw).toBeCloseTo(1.1);
    expect(parts.gate + parts.readerStart + parts.readAndSend + parts.draw).toBeCloseTo(8.8);
  });

  it('does not split a scan whose marks are missing or out of place', () => {
    expect(Number.isNaN(scanParts(FIRST_SCAN, null, 131).gate)).toBe(true);
    expect(Number.isNaN(scanParts(FIRST_SCAN, 111, null).draw)).toBe(true);
    // A read inside the gate's slice is not this design's first scan.
    expect(Number.isNaN(scanParts(FIRST_SCAN, 101, 131).readAndSend)).toBe(true);
    // A draw before the read.
    expect(Number.isNaN(scanParts(FIRST_SCAN, 111, 105).draw)).toBe(true);
  });
});
