import { defineBackground } from 'wxt/utils/define-background';
import { setupAbandonAlarm } from '@/lib/background/setup-abandon-alarm';
import { setupCapture } from '@/lib/background/setup-capture';
import { openRedlineDb } from '@/lib/db/redline-db';
import { createReviewService } from '@/lib/reviews/review-service';
import { readSettings } from '@/lib/settings/settings-item';

export default defineBackground({
  type: 'module',
  main() {
    const db = openRedlineDb();
    setupCapture(createReviewService({ db, getSettings: readSettings }));
    setupAbandonAlarm(db);
  },
});
