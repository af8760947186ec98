import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConnection } from './api-client';
import { App } from './App';
import { TokenPage } from './components/TokenPage';
import { ErrorBoundary } from './components/ErrorBoundary';
import { saveBlob } from './download';
import { setApiClient, setBlobSaver, setFileTransport } from './store/api';
import { applyPush, queueChanges } from './store/push';
import './styles.css';

const connection = createConnection(window);
setApiClient(connection.api);
setFileTransport(connection.files);
setBlobSaver(saveBlob);
// What the host pushes: task progress, what changed, Electron's File menu commands. A stream
// opened again after a drop missed what changed meanwhile: everything is asked for again.
connection.subscribe(applyPush, (again) => {
  if (again) void queueChanges([], true);
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
