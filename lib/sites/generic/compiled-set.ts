// A selector set joined into query strings once per adapter start, invalid entries dropped (an
// override is validated before it is saved; this guards against one set by hand in storage).
import { CONTROL_SELECTORS, DISCARD_LABELS, NOT_SEND_LABELS, SEND_LABELS } from './selectors';
import { joinSelectors, type GenericSelectorSet } from './selector-set';

export interface CompiledSet {
  bodies: string | null;
  notBodies: string | null;
  roots: string | null;
  subject: string | null;
  recipients: string | null;
  send: string | null;
  discard: string | null;
  quote: string | null;
  signature: string | null;
  controls: string;
  sendLabels: readonly string[];
  notSendLabels: readonly string[];
  discardLabels: readonly string[];
}

export function compileSet(set: GenericSelectorSet): CompiledSet {
  const send = joinSelectors(set.send);
  const discard = joinSelectors(set.discard);
  return {
    bodies: joinSelectors(set.bodies),
    notBodies: joinSelectors(set.notBodies),
    roots: joinSelectors(set.roots),
    subject: joinSelectors(set.subject),
    recipients: joinSelectors(set.recipients),
    send,
    discard,
    quote: joinSelectors(set.quote),
    signature: joinSelectors(set.signature),
    controls: [...CONTROL_SELECTORS, ...set.send, ...set.discard].filter(Boolean).join(', '),
    sendLabels: SEND_LABELS,
    notSendLabels: NOT_SEND_LABELS,
    discardLabels: DISCARD_LABELS,
  };
}
