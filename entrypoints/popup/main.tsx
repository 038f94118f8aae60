import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup-app';

createRoot(document.getElementById('root')!).render(<PopupApp />);
