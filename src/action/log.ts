/**
 * The runner-log edge of the action: every message model-gate writes to the Actions log goes
 * through here, so no data string in it (a path, a label, a server's error text) can start a
 * runner command (`::error::`, `::add-mask::`), draw terminal escapes or reorder text. See
 * escapeLogText in src/util/escape.ts.
 */
import * as core from '@actions/core';
import { escapeLogText } from '../util/escape.js';

type Props = core.AnnotationProperties;

function props(p: Props | undefined): Props | undefined {
  if (!p) return p;
  return { ...p, title: p.title === undefined ? undefined : escapeLogText(p.title, 200) };
}

export const log = {
  info: (m: string) => core.info(escapeLogText(m)),
  warning: (m: string, p?: Props) => core.warning(escapeLogText(m), props(p)),
  notice: (m: string, p?: Props) => core.notice(escapeLogText(m), props(p)),
  error: (m: string, p?: Props) => core.error(escapeLogText(m), props(p)),
  setFailed: (m: string) => core.setFailed(escapeLogText(m)),
  startGroup: (name: string) => core.startGroup(escapeLogText(name, 200)),
  endGroup: () => core.endGroup(),
};
