// Choosing a range of a number (a slider's histogram) without the mouse and without JavaScript:
// the lowest and highest value in a GET form to the stories behind a selection, in the cell syntax
// `var=NAME&min=X&max=Y` (both bounds inclusive), the page's filter riding along as hidden fields.
// With the script the histogram itself also takes a range (drag, or Shift and the arrows).
import { HiddenPairs, SubmitButton } from '../../components/buttons.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { View } from '../../view.ts';
import { storiesHref, type Pairs } from './links.ts';

interface RangeFormProps {
  view: View;
  /** The chart's id: the form's ids start with it (a page can have several histograms). */
  id: string;
  keyOf: string;
  variable: string;
  filter: Pairs;
  lowest: number;
  highest: number;
}

export function RangeForm({ view, id, keyOf, variable, filter, lowest, highest }: RangeFormProps) {
  const d = view.t.patterns.detail;
  return (
    <form method="get" action={storiesHref(keyOf, {}, [])} class="duiding-range-form" aria-labelledby={`${id}-reeks`}>
      <h4 class="utrecht-heading-4" id={`${id}-reeks`}>
        {d.rangeFormTitle}
      </h4>
      <input type="hidden" name="var" value={variable} />
      <HiddenPairs pairs={filter} />
      <div class="duiding-range-form__fields">
        <TextField id={`${id}-van`} name="min" type="number" step="any" inputmode="decimal" label={d.rangeFrom} value={String(lowest)} required />
        <TextField id={`${id}-tot`} name="max" type="number" step="any" inputmode="decimal" label={d.rangeTo} value={String(highest)} required />
      </div>
      <SubmitButton secondary>{d.rangeButton}</SubmitButton>
    </form>
  );
}
