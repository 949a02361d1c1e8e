import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchPages, reloadWhenChunksAreGone } from '../../common/lazy-page';
import { App } from './App';
import './styles.css';

reloadWhenChunksAreGone();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
prefetchPages();
