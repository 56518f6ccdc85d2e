import { isAttached, textOf } from '../../dom';
import { cleanOutletName, hasNameShape } from '../names';
import { MAX_COPYRIGHT_LINE_CHARS, WEIGHT_COPYRIGHT } from '../tuning';
import type { Candidate, Signal } from '../types';

/** "© 2024 The Valley Courier. All rights reserved.", "Copyright 2019 Associated Press". */
const COPYRIGHT =
  /^(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)(?:[.,;]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|무단\s*전재|無断転載|版权所有|版權所有|禁止转载).*)?\.?$/i;

/**
 * A copyright line. Near the story it names the copy's owner (wire copy
 * keeps "Copyright 2019 The Associated Press"); in the footer it is the
 * site's owner. It only adds weight to what other signals say.
 */
export const copyrightLine: Signal = {
  name: 'copyright-line',
  read({ scan }) {
    const out: Candidate[] = [];
    for (const t of scan.texts) {
      if (!/^(?:©|ⓒ|\(c\)|copyright)/i.test(t.text) || !isAttached(t.parent)) continue;
      const text = textOf(t.parent);
      const match = text.length <= MAX_COPYRIGHT_LINE_CHARS ? COPYRIGHT.exec(text) : null;
      const name = cleanOutletName(match?.[1]);
      if (hasNameShape(name) && !out.some((c) => c.name === name))
        out.push({ signal: this.name, name, url: null, weight: WEIGHT_COPYRIGHT, element: t.parent, corroborating: true });
    }
    return out;
  },
};
