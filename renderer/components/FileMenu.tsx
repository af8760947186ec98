// The toolbar's File menu (Import document…, Open / Merge / Export review file…) and the
// page's hidden file inputs the browser host uses instead of native dialogs. F opens the menu;
// ↑/↓ move, Enter runs, Esc closes.
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n';
import { FILE_COMMANDS, type FileCommand, type PickPurpose } from '../logic/exchange';
import { useAppStore } from '../store/app';
import { registerPicker, useExchangeStore } from '../store/exchange';
import { useImportStore } from '../store/import';
import { useT } from './useI18n';

const LABELS: Record<FileCommand, MessageKey> = {
  import: 'file.import',
  importFolder: 'file.importFolder',
  open: 'file.open',
  merge: 'file.merge',
  export: 'file.export',
};

export function FileMenu() {
  const t = useT();
  const open = useExchangeStore((s) => s.menuOpen);
  const setMenu = useExchangeStore((s) => s.setMenu);
  const run = useExchangeStore((s) => s.run);
  const busy = useExchangeStore((s) => s.busy);
  const importingOne = useAppStore((s) => s.importing);
  const importingMany = useImportStore((s) => s.running);
  const importing = importingOne || importingMany;
  const recent = useExchangeStore((s) => s.recent);
  const exportReview = useExchangeStore((s) => s.exportReview);
  const copyOf = useAppStore((s) => s.info?.copyOf ?? null);
  const openRecent = useExchangeStore((s) => s.openRecent);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
  }, [open]);

  // A click elsewhere closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const el = e.target as Node;
      if (!menuRef.current?.contains(el) && !buttonRef.current?.contains(el)) setMenu(false);
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open, setMenu]);

  const close = (refocus: boolean) => {
    setMenu(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = (i + 1) % items.length;
    else if (e.key === 'ArrowUp') next = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    } else if (e.key === 'Tab') {
      close(false);
      return;
    }
    if (next !== null && items.length) {
      e.preventDefault();
      items[next].focus();
    }
  };

  const working = busy !== null || importing;
  return (
    <div className="file-menu">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-dark"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('toolbar.fileTitle')}
        onClick={() => setMenu(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setMenu(true);
          }
        }}
        data-testid="file-menu-button"
      >
        {working ? <span className="spinner" aria-hidden="true" /> : null}
        {t('toolbar.file')}
      </button>
      {open && (
        <div ref={menuRef} className="menu" role="menu" aria-label={t('file.menu')} onKeyDown={onKeyDown} data-testid="file-menu">
          {FILE_COMMANDS.map((c) => (
            <button
              key={c}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={((c === 'import' || c === 'importFolder') && importing) || (c === 'export' && busy === 'export')}
              onClick={() => run(c)}
              data-testid={`file-${c}`}
            >
              {t(LABELS[c])}
            </button>
          ))}
          {copyOf && (
            // the host works on a copy: offer to save it back under the user's own file name
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={busy === 'export'}
              onClick={() => void exportReview(true)}
              data-testid="file-save-back"
            >
              {t('file.saveBack', { name: copyOf })}
            </button>
          )}
          {recent.length > 1 && (
            <>
              <div className="menu-heading" role="presentation">{t('file.recent')}</div>
              {/* The first is the open database itself. */}
              {recent.slice(1).map((r) => (
                <button
                  key={r.path}
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  title={r.path}
                  disabled={busy !== null}
                  onClick={() => void openRecent(r.index)}
                  data-testid="file-recent"
                >
                  {r.name}
                  {r.copyOf && <span className="muted"> ({t('file.copy')})</span>}
                </button>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}

const ACCEPT: Record<PickPurpose, string> = {
  import: '.txt,text/plain,.pdf,application/pdf',
  importFolder: '',
  merge: '.yosan,application/octet-stream',
  open: '.yosan,application/octet-stream',
  key: '.yosankey,.json,application/json',
};

/** Hidden <input type=file>s, one per purpose: the browser's way to choose a file. */
export function FilePickers() {
  return (
    <>
      {(Object.keys(ACCEPT) as PickPurpose[]).map((p) => (
        <FilePicker key={p} purpose={p} />
      ))}
    </>
  );
}

function FilePicker({ purpose }: { purpose: PickPurpose }) {
  const ref = useRef<HTMLInputElement>(null);
  const filesChosen = useExchangeStore((s) => s.filesChosen);
  useEffect(() => registerPicker(purpose, () => ref.current?.click()), [purpose]);
  // a folder: the browser's directory picker (webkitdirectory is not in React's typings)
  useEffect(() => {
    if (purpose === 'importFolder') ref.current?.setAttribute('webkitdirectory', '');
  }, [purpose]);
  return (
    <input
      ref={ref}
      type="file"
      accept={ACCEPT[purpose] || undefined}
      multiple={purpose === 'import' || purpose === 'importFolder'}
      hidden
      data-testid={`${purpose}-input`}
      onChange={(e) => {
        const input = e.currentTarget;
        const chosen = [...(input.files ?? [])];
        if (!chosen.length) return;
        void filesChosen(purpose, chosen).finally(() => {
          input.value = ''; // choosing the same file again fires change again
        });
      }}
    />
  );
}
