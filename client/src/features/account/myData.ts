// The person's copy of their data (myData): what the rights page summarises and how it is handed over.
import Taro from '@tarojs/taro';
import { formatDate } from '../../utils/format';

export interface MyDataSummary {
  apps: number;
  inquiries: number;
  notes: number;
}

/** Counts shown above the JSON; a copy that is not the expected shape counts nothing rather than failing. */
export function summarise(json: string): MyDataSummary {
  try {
    const data = JSON.parse(json) as { applications?: unknown[]; inquiries?: unknown[]; notifications?: unknown[] };
    return { apps: data.applications?.length ?? 0, inquiries: data.inquiries?.length ?? 0, notes: data.notifications?.length ?? 0 };
  } catch {
    return { apps: 0, inquiries: 0, notes: 0 };
  }
}

/** 产业名片-我的数据-2026-12-02.json (Beijing date). */
export function exportFileName(now: Date = new Date()): string {
  return `产业名片-我的数据-${formatDate(now.toISOString())}.json`;
}

/**
 * Hands the copy over: H5 downloads a .json file; the mini-program puts it on the clipboard (WeChat has no
 * file download to the phone's storage). Answers which of the two happened.
 */
export async function handOver(json: string): Promise<'downloaded' | 'copied'> {
  if (IS_WEAPP) {
    await Taro.setClipboardData({ data: json });
    return 'copied';
  }
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return 'downloaded';
}
