// A friendly page for a collection that is unknown, closed or not open yet.
import { TellerLayout, type TellerLayoutProps } from '../../teller/teller-layout.tsx';

export function TellerMessagePage({
  frame,
  title,
  message,
  extra,
}: {
  frame: Omit<TellerLayoutProps, 'children' | 'title'>;
  title: string;
  message: string;
  extra?: string;
}) {
  return (
    <TellerLayout {...frame} title={title}>
      <h1 class="teller-title">{title}</h1>
      <p class="teller-paragraph">{message}</p>
      {extra ? <p class="teller-paragraph">{extra}</p> : null}
    </TellerLayout>
  );
}
