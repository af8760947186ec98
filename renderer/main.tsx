import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConnection } from './api-client';
import { App } from './App';
import { TokenPage } from './components/TokenPage';
import { ErrorBoundary } from './components/ErrorBoundary';
import { saveBlob } from './download';
import { isFileCommand } from './logic/exchange';
import { setApiClient, setBlobSaver, setFileTransport } from './store/api';
import { useExchangeStore } from './store/exchange';
import './styles.css';

const connection = createConnection(window);
setApiClient(connection.api);
setFileTransport(connection.files);
setBlobSaver(saveBlob);
// Electron's native File menu runs the same commands as the toolbar's (the browser has none).
connection.onMenu?.((command) => {
  if (isFileCommand(command)) useExchangeStore.getState().run(command);
});

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    {/* Without its token the host answers nothing: say where the right address is, and only that. */}
    {connection.missingToken ? (
      <TokenPage />
    ) : (
      <ErrorBoundary part="app.name">
        <App />
      </ErrorBoundary>
    )}
  </StrictMode>,
);
