// One part of the window that fails to render shows why, in place, and the rest keeps working:
// a bad record (or any bug) never blanks the window. It tries again when `resetKey` changes
// (another document or record is selected) or on the button.
import { Component, type ReactNode } from 'react';
import { translator, type MessageKey } from '../i18n';
import { useAppStore } from '../store/app';

interface Props {
  /** What this part is, for the message (an i18n key). */
  part: MessageKey;
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = translator(useAppStore.getState().locale);
    return (
      <div className="panel panel-error" role="alert" data-testid="panel-error">
        <p>{t('error.panel', { part: t(this.props.part), message: error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
}
