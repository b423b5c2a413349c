import { describe, expect, it } from 'vitest';
import { nameSkeleton, nameTokens, spellingVariant } from '../../../src/matching/name-spelling';

const variant = (a: string, b: string) => spellingVariant(nameTokens(a), nameTokens(b));

describe('name comparison folds transliterations before measuring a distance', () => {
  it.each([
    ['Müller', 'Mueller'],
    ['Jürgen Schröder', 'Juergen Schroeder'],
    ['Dmitriy', 'Dmitry'],
    ['Dmitrii', 'Dmitriy'],
    ['Дмитрий Иванов', 'Dmitry Ivanov'],
    ['Park', 'Pak'],
    ['Yuriy', 'Jurij'],
    ['Łukasz', 'Lukasz'],
    ['Nguyễn Văn An', 'Nguyen Van An'],
    ['Ahmet Çelik', 'Ahmet Celik'],
    ['Ιωάννης', 'Ioannis'],
    ['Khan', 'Kan'],
    ['Stephan', 'Stefan'],
  ])('%s and %s are one name', (a, b) => {
    expect(variant(a, b)).toBeNull();
    expect(variant(b, a)).toBeNull();
  });

  it.each([
    ['Jonathan', 'Jonathon'],
    ['Alex Morgan', 'Alex Morgen'],
    ['Alex Morgan', 'Alex Morrgan'],
    ['Minjun Kim', 'Minjun Kin'],
  ])('a real misspelling (%s / %s) still counts', (a, b) => {
    expect(variant(a, b)).not.toBeNull();
  });

  it('tokens are ASCII whatever the script', () => {
    expect(nameTokens('Дмитрий Müller')).toEqual(['dmitriy', 'muller']);
    expect(nameSkeleton('mueller')).toBe(nameSkeleton('muller'));
  });
});
