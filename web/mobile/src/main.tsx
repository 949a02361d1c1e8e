import { Toast } from 'antd-mobile';
import { createRoot } from 'react-dom/client';
import { prefetchPages, reloadWhenChunksAreGone } from '../../common/lazy-page';
import { App } from './App';
import './theme.css';

// Long enough for a slow reader.
Toast.config({ duration: 3000 });
reloadWhenChunksAreGone();

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
prefetchPages();
