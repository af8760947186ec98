// Shown instead of the workbench when the browser host's page was opened without its token:
// both languages, the reader's first, since the UI's language setting cannot be asked for.
import { LOCALES, translate } from '../i18n';
import { chooseLocale } from '../i18n';
import { LOCALE_KEY } from '../store/app';

function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

export function TokenPage() {
  const first = chooseLocale(storedLocale(), null, navigator.languages ?? []);
  const order = [first, ...LOCALES.filter((l) => l !== first)];
  return (
    <main className="token-page" data-testid="token-page">
      {order.map((l) => (
        <section key={l} lang={l}>
          <h1>{translate(l, 'token.heading')}</h1>
          <p>{translate(l, 'token.body')}</p>
        </section>
      ))}
    </main>
  );
}
