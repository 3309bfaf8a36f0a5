// "Wat we zagen" in the monitor (issue 11): the analysts' complete observations for this opgave,
// in words only. Shown to every reader of the monitor, the council included: no figure appears.
import type { MonitorData } from '../../../domain/monitor/types.ts';
import { Card } from '../../components/card.tsx';
import type { View } from '../../view.ts';
import { SeenObservations } from './seen.tsx';

export function SeenSection({ view, data }: { view: View; data: MonitorData }) {
  const m = view.t.observations;
  if (data.seen.length === 0) return null;
  return (
    <Card id="wat-we-zagen" title={m.seenTitle}>
      <p class="utrecht-paragraph">{m.seenIntro}</p>
      <SeenObservations view={view} observations={data.seen} />
    </Card>
  );
}
