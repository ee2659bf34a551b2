// Public media in S3-compatible object storage (production): objects are written with their
// content type and cache headers, and clients fetch them from the bucket's public URL (or a CDN).
import fs from 'node:fs';
import path from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { MediaStore } from './media-store.js';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where clients read objects, e.g. https://media.example.cn (a CDN in front of the bucket). */
  publicUrl: string;
  forcePathStyle: boolean;
}

const TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
};

export class S3MediaStore implements MediaStore {
  private client: S3Client;

  constructor(private settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  private async upload(localFile: string, key: string) {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: key,
        Body: fs.createReadStream(localFile),
        ContentLength: (await fs.promises.stat(localFile)).size,
        ContentType: TYPES[path.extname(localFile).toLowerCase()] ?? 'application/octet-stream',
        // Keys are never reused (a new upload gets a new folder), so objects are immutable.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async putFolder(localDir: string, prefix: string) {
    const files = (await fs.promises.readdir(localDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    for (const entry of files) {
      const full = path.join(entry.parentPath, entry.name);
      await this.upload(full, `${prefix}/${path.relative(localDir, full).split(path.sep).join('/')}`);
    }
    await fs.promises.rm(localDir, { recursive: true, force: true });
  }

  async putFile(localFile: string, key: string) {
    await this.upload(localFile, key);
    await fs.promises.rm(localFile, { force: true });
  }

  async remove(prefix: string) {
    for (;;) {
      const listed = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix }));
      const keys = (listed.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (!keys.length) return;
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: keys } }));
      if (!listed.IsTruncated) return;
    }
  }

  readable(key: string) {
    return this.url(key);
  }

  url(key: string) {
    return `${this.settings.publicUrl.replace(/\/$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }
}
