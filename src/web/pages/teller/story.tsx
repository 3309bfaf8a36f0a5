// /vertel/{slug}: the storyteller's form, with the thank-you step the script shows after sending.
import type { TellerFormProps } from '../../teller/teller-form.tsx';
import { TellerForm } from '../../teller/teller-form.tsx';
import { TellerLayout, type TellerLayoutProps } from '../../teller/teller-layout.tsx';
import { ThanksBody } from './thanks.tsx';

export interface StoryPageProps {
  frame: Omit<TellerLayoutProps, 'children' | 'title' | 'script'>;
  title: string;
  form: TellerFormProps;
  /** The questionnaire's texts in this language are an unchecked machine translation. */
  machineTranslated?: boolean;
}

export function StoryPage({ frame, title, form, machineTranslated }: StoryPageProps) {
  const { t } = frame;
  return (
    <TellerLayout {...frame} title={title} script>
      <h1 class="teller-title">{title}</h1>
      {machineTranslated ? <p class="teller-machine-note">{t.machineTranslation}</p> : null}
      <noscript>
        <p class="teller-paragraph">{t.noScript}</p>
      </noscript>
      <TellerForm {...form} />
      <section class="teller-step teller-thanks" id="stap-bedankt" aria-labelledby="stap-bedankt-titel" hidden>
        <ThanksBody t={t} code="" lang={frame.lang} headingId="stap-bedankt-titel" />
      </section>
    </TellerLayout>
  );
}
