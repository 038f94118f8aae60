// `npm run bench`: prints figures for Redline's speed and size targets. Nothing here asserts;
// targets are printed beside the measurements so a reader can judge them.
import { runClassifyBench } from './classify-bench';
import { runContentScriptBench } from './content-script-bench';
import { runManagerBench } from './manager-bench';
import { runMetricsBench } from './metrics-bench';
import { runPopupBench } from './popup-bench';
import { runSetAsideBench } from './set-aside-bench';
import { runSyncBench } from './sync-bench';

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = {
  classify: runClassifyBench,
  'content-script': runContentScriptBench,
  manager: runManagerBench,
  metrics: runMetricsBench,
  popup: runPopupBench,
  'set-aside': runSetAsideBench,
  sync: runSyncBench,
};

for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  await bench();
}
