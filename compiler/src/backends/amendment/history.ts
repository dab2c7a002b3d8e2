import type { BoundStatement, Model } from '../../model/index.ts';
import { child, children } from '../../model/query.ts';

// The amendment history a contract declares (`amendments { amendment N { … } }`).

export function amendmentNumber(b: BoundStatement): number {
  const v = b.values['number'];
  return v?.kind === 'number' ? v.value : 0;
}

export function amendmentsOf(m: Model): readonly BoundStatement[] {
  return children(child(m.contract, 'amendments'), 'amendment');
}

/** The amendment being drafted: the highest number the new version declares and the old one does not. */
export function currentAmendment(oldModel: Model, newModel: Model): BoundStatement | undefined {
  const before = new Set(amendmentsOf(oldModel).map(amendmentNumber));
  const fresh = amendmentsOf(newModel).filter((a) => !before.has(amendmentNumber(a)));
  return fresh.sort((a, b) => amendmentNumber(b) - amendmentNumber(a))[0];
}
