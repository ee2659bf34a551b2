// A minimal tus 1.0 client (creation + one PATCH), as a browser or mini-program client would speak it.
import fs from 'node:fs';

export async function tusUpload(baseUrl: string, file: string, metadata: Record<string, string>, token: string) {
  const size = fs.statSync(file).size;
  const encoded = Object.entries(metadata)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');
  const headers = { 'tus-resumable': '1.0.0', authorization: `Bearer ${token}` };
  const create = await fetch(`${baseUrl}/uploads/films`, {
    method: 'POST',
    headers: { ...headers, 'upload-length': String(size), 'upload-metadata': encoded },
  });
  if (create.status !== 201) return { status: create.status, body: await create.text() };
  const location = create.headers.get('location')!;
  const url = new URL(location, baseUrl).toString();
  if (size === 0) return { status: create.status, body: await create.text(), url };
  const patch = await fetch(url, {
    method: 'PATCH',
    headers: { ...headers, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    body: fs.createReadStream(file) as unknown as BodyInit,
    duplex: 'half',
  } as RequestInit);
  return { status: patch.status, body: await patch.text(), url };
}
