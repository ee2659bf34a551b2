import Taro from '@tarojs/taro';
import { absoluteUrl } from '../../graphql/client';

/**
 * Opens a private file behind a short-lived signed link (`/files/…`): on H5 through a download
 * link, on weapp by downloading it and opening it with the system viewer.
 */
export async function openFile(url: string, fileName: string, contentType?: string): Promise<void> {
  if (IS_H5) {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.target = '_blank';
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return;
  }
  const full = absoluteUrl(url);
  if (contentType?.startsWith('image/')) {
    await Taro.previewImage({ urls: [full], current: full });
    return;
  }
  Taro.showLoading({ title: '下载中…' });
  try {
    const res = await Taro.downloadFile({ url: full });
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
    const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: ext as 'pdf' | 'xlsx', showMenu: true });
  } catch {
    Taro.showToast({ title: '文件打开失败，链接可能已过期', icon: 'none' });
  } finally {
    Taro.hideLoading();
  }
}
