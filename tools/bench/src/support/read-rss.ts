import { readFileSync } from 'node:fs';

/**
 * The current resident set (`VmRSS`) and its high-water mark (`VmHWM`) of a process, in KiB, from
 * `/proc/<pid>/status`; `undefined` when the process is gone or there is no /proc (not Linux).
 *
 * @example
 * ```ts
 * readRss(child.pid); // { rssKib: 120_512, hwmKib: 151_040 }
 * ```
 */
export const readRss = (pid: number): { readonly rssKib: number; readonly hwmKib: number } | undefined => {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  return parseProcStatusRss(status);
};

/**
 * Reads `VmRSS` and `VmHWM` (KiB) out of a `/proc/<pid>/status` text.
 *
 * @example
 * ```ts
 * parseProcStatusRss('VmHWM:\t  151040 kB\nVmRSS:\t  120512 kB\n'); // { rssKib: 120512, hwmKib: 151040 }
 * ```
 */
export const parseProcStatusRss = (status: string): { readonly rssKib: number; readonly hwmKib: number } | undefined => {
  const field = (name: string): number | undefined => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  };
  const rssKib = field('VmRSS');
  const hwmKib = field('VmHWM');
  return rssKib === undefined || hwmKib === undefined ? undefined : { rssKib, hwmKib };
};
