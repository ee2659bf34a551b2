// Before submitting: a preview of the form as it will be sent and the 承诺 (declaration of accuracy),
// a tick the official gives each time (unticked to begin with).
import { useState } from 'react';
import Taro from '@tarojs/taro';

interface Submitter {
  /** Validates and saves; false when the form shows errors instead. */
  check: () => Promise<boolean>;
  /** Submits; false when refused (the form shows why). */
  submit: () => Promise<boolean>;
}

export function useSubmitPreview(draft: Submitter) {
  const [previewing, setPreviewing] = useState(false);
  const [pledged, setPledged] = useState(false);
  const [pledgeMissing, setPledgeMissing] = useState(false);

  const open = async () => {
    if (!(await draft.check())) return;
    setPledged(false);
    setPledgeMissing(false);
    setPreviewing(true);
    Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
  };
  const back = () => setPreviewing(false);
  const togglePledge = () => {
    setPledged((p) => !p);
    setPledgeMissing(false);
  };
  const confirm = async () => {
    if (!pledged) {
      setPledgeMissing(true);
      return;
    }
    // Refused by the server (a region taken meanwhile, the call closed): back to the form, which says why.
    if (!(await draft.submit())) setPreviewing(false);
  };
  return { previewing, pledged, pledgeMissing, open, back, togglePledge, confirm };
}

export type SubmitPreviewState = ReturnType<typeof useSubmitPreview>;
