import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import { createOptionsEnv } from '@/lib/options/options-env';
import '../popup/styles/theme.css';
import '../popup/styles/base.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp env={createOptionsEnv()} />);
