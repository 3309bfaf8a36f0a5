// The monitor of one opgave, for a council member before a committee meeting: summary first,
// then figures, stories, warm × cold, theory of change, actions, and the method. Details sit
// behind disclosures; ?afdrukken=1 renders them all open for printing.
import type { MonitorData } from '../../../domain/monitor/types.ts';
import type { MonitorMaps } from '../../../services/monitor/maps.ts';
import { allows } from '../../../services/auth/policy.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { IndicatorsSection } from './indicators-section.tsx';
import { MethodSection } from './method-section.tsx';
import { PatternsSection } from './patterns-section.tsx';
import { SummarySection } from './summary-section.tsx';
import { ActionsSection, TheorySection } from './theory-section.tsx';
import { WarmColdSection } from './warm-cold-section.tsx';
import { SeenSection } from '../observations/seen-section.tsx';

export interface MonitorPageProps {
  view: View;
  data: MonitorData;
  print: boolean;
  canCurate: boolean;
  /** An analyst previewing the council's (suppressed) view. */
  asCouncil?: boolean;
  /** Choropleth maps of the indicator and warm × cold sections (services/monitor/maps.ts). */
  maps?: MonitorMaps;
}

export function MonitorPage({ view, data, print, canCurate, asCouncil, maps }: MonitorPageProps) {
  const m = view.t.monitor.page;
  const base = `/monitor/${encodeURIComponent(data.opgave.key)}`;
  const printHref = `${base}?afdrukken=1${data.period ? `&periode=${encodeURIComponent(data.period)}` : ''}`;
  return (
    <Layout view={view} title={m.titleOf(data.opgave.title)} current="monitor">
      <div class="duiding-monitor">
        <h1 class="utrecht-heading-1">{m.titleOf(data.opgave.title)}</h1>
        <p class="utrecht-paragraph">{data.opgave.description}</p>
        <p class="utrecht-paragraph duiding-monitor__muted">
          {m.periodOf(data.period ?? m.allPeriods)} — {m.readingTime}
        </p>
        <div class="duiding-monitor__tools duiding-no-print">
          <form method="get" action={base} class="duiding-monitor__period">
            <label class="utrecht-form-label" for="periode">
              {m.period}
            </label>
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id="periode"
              name="periode"
              value={data.period ?? ''}
              aria-describedby="periode-hint"
              size={10}
            />
            <span class="utrecht-form-field-description" id="periode-hint">
              {m.periodHint}
            </span>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {m.periodShow}
            </button>
          </form>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={printHref}>
              {m.print}
            </a>
            {' · '}
            <a class="utrecht-link utrecht-link--html-a" href={`/rapporten?opgave=${encodeURIComponent(data.opgave.key)}`}>
              {view.t.reports.fromMonitor}
            </a>
            {canCurate ? (
              <>
                {' · '}
                <a class="utrecht-link utrecht-link--html-a" href={`${base}/verhalen`}>
                  {m.curate}
                </a>
              </>
            ) : null}
            {!data.suppressionApplied || asCouncil ? (
              <>
                {' · '}
                <a class="utrecht-link utrecht-link--html-a" href={asCouncil ? base : `${base}?als=raad`}>
                  {asCouncil ? m.asSelf : m.asCouncil}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <SummarySection view={view} data={data} />
        <IndicatorsSection view={view} data={data} print={print} maps={maps} />
        <PatternsSection
          view={view}
          data={data}
          print={print}
          storiesLinks={!asCouncil && !print && !!view.session && allows(view.session.roles, 'stories.read')}
        />
        <SeenSection view={view} data={data} />
        <WarmColdSection view={view} data={data} print={print} maps={maps} />
        <TheorySection view={view} data={data} print={print} />
        <ActionsSection view={view} data={data} />
        <MethodSection view={view} data={data} print={print} />
      </div>
    </Layout>
  );
}
