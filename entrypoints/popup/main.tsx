import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup-app';
import { PopupEnvProvider } from '@/components/popup-context';
import { isTabView } from '@/lib/popup/open-in-tab';
import { popupDb } from '@/lib/popup/popup-db';
import { createReviewActions } from '@/lib/popup/review-actions';
import './styles/theme.css';
import './styles/base.css';
import './styles/overview.css';
import './styles/reviews.css';

const env = { db: popupDb(), now: Date.now, actions: createReviewActions() };
const view = isTabView() ? 'tab' : 'popup';
document.documentElement.dataset.view = view;

createRoot(document.getElementById('root')!).render(
  <PopupEnvProvider env={env}>
    <PopupApp view={view} />
  </PopupEnvProvider>,
);
