import { defineBackground } from 'wxt/utils/define-background';
import { setupActionBadge } from '@/lib/background/setup-action-badge';
import { setupDeleteEverything } from '@/lib/background/delete-everything';
import { setupAbandonAlarm } from '@/lib/background/setup-abandon-alarm';
import { setupCapture } from '@/lib/background/setup-capture';
import { setupCoverage } from '@/lib/background/setup-coverage';
import { setupEnabledSites } from '@/lib/background/setup-enabled-sites';
import { setupExplicitMark } from '@/lib/background/setup-explicit-mark';
import { setupOutcomes } from '@/lib/background/setup-outcomes';
import { setupSessionAccess } from '@/lib/background/setup-session-access';
import { setupSync } from '@/lib/background/setup-sync';
import { setupReviewEdits } from '@/lib/background/setup-review-edits';
import { setupRetention } from '@/lib/background/setup-retention';
import { openRedlineDb } from '@/lib/db/redline-db';
import { createReviewService } from '@/lib/reviews/review-service';
import { setupManagedMirror } from '@/lib/settings/managed-settings';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { ALL_CAPTURE_MATCHES } from '@/lib/sites/site-matches';

export default defineBackground({
  type: 'module',
  main() {
    setupSessionAccess();
    setupManagedMirror();
    const db = openRedlineDb();
    setupCapture(createReviewService({ db, getSettings: readSettings }));
    setupOutcomes(db);
    setupAbandonAlarm(db);
    setupSync(db);
    setupCoverage();
    setupReviewEdits(db);
    setupExplicitMark(ALL_CAPTURE_MATCHES);
    setupEnabledSites();
    setupRetention(db, (changed) => settingsItem.watch(changed));
    setupDeleteEverything(db);
    setupActionBadge();
  },
});
