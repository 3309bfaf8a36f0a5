// The thank-you page after a story was sent without JavaScript (the script shows the same body
// as its last step): the withdrawal code, large, with where to use it.
import type { TellerMessages } from '../../i18n/teller.ts';
import { TellerLayout, type TellerLayoutProps } from '../../teller/teller-layout.tsx';

export function ThanksBody({ t, code, lang, headingId, repeated }: { t: TellerMessages; code: string; lang: string; headingId: string; repeated?: boolean }) {
  const withdrawHref = `/intrekken${lang === 'nl' ? '' : `?lang=${lang}`}`;
  return (
    <>
      <h2 class="teller-step__title" id={headingId} tabindex={-1}>
        {t.thanks.title}
      </h2>
      <p class="teller-paragraph">{t.thanks.saved}</p>
      <p class="teller-paragraph">{repeated ? t.thanks.again : t.thanks.codeIntro}</p>
      <p class="teller-code" id="teller-code">
        {code}
      </p>
      <p class="teller-paragraph">
        {`${t.thanks.codeLater} `}
        <a class="teller-link" href={withdrawHref}>
          {`${new URL(withdrawHref, 'http://x').pathname}`}
        </a>
        .
      </p>
    </>
  );
}

export function ThanksPage({
  frame,
  title,
  code,
  repeated,
}: {
  frame: Omit<TellerLayoutProps, 'children' | 'title'>;
  title: string;
  code: string;
  repeated?: boolean;
}) {
  return (
    <TellerLayout {...frame} title={frame.t.thanks.title}>
      <h1 class="teller-title">{title}</h1>
      <section class="teller-thanks" aria-labelledby="bedankt-titel">
        <ThanksBody t={frame.t} code={code} lang={frame.lang} headingId="bedankt-titel" repeated={repeated} />
      </section>
    </TellerLayout>
  );
}
