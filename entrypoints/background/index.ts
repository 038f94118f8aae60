import { defineBackground } from 'wxt/utils/define-background';
import { setupAbandonAlarm } from '@/lib/background/setup-abandon-alarm';
import { setupCapture } from '@/lib/background/setup-capture';
import { setupEnabledSites } from '@/lib/background/setup-enabled-sites';
import { setupExplicitMark } from '@/lib/background/setup-explicit-mark';
import { setupOutcomes } from '@/lib/background/setup-outcomes';
import { setupSessionAccess } from '@/lib/background/setup-session-access';
import { setupSync } from '@/lib/background/setup-sync';
import { setupReviewEdits } from '@/lib/background/setup-review-edits';
import { openRedlineDb } from '@/lib/db/redline-db';
import { createReviewService } from '@/lib/reviews/review-service';
import { readSettings } from '@/lib/settings/settings-item';
import { ALL_CAPTURE_MATCHES } from '@/lib/sites/site-matches';

export default defineBackground({
  type: 'module',
  main() {
    setupSessionAccess();
    const db = openRedlineDb();
    setupCapture(createReviewService({ db, getSettings: readSettings }));
    setupOutcomes(db);
    setupAbandonAlarm(db);
    setupSync(db);
    setupReviewEdits(db);
    setupExplicitMark(ALL_CAPTURE_MATCHES);
    setupEnabledSites();
  },
});
