// Views and likes of a signed-out viewer count only with a device id the server signed: get one
// before them, and once more if the server stopped accepting the kept one.
import { getClient } from '../../graphql/client';
import { RegisterDeviceDocument } from '../../graphql/operations';
import type { Outcome } from '../../graphql/mutate';
import { ensureDeviceRegistered, forgetDeviceSignature } from '../../graphql/device';

async function registerDevice(current: string): Promise<string | null> {
  const result = await getClient().mutation(RegisterDeviceDocument, { deviceId: current }).toPromise();
  const answer = result.data?.registerDevice;
  return answer?.__typename === 'RegisteredDevice' ? answer.deviceId : null;
}

/** Runs a view or like mutation with a registered device id (registering it first when needed). */
export async function withRegisteredDevice<T>(run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  await ensureDeviceRegistered(registerDevice);
  const first = await run();
  if (first.ok || first.error.code !== 'DEVICE_UNVERIFIED') return first;
  forgetDeviceSignature();
  await ensureDeviceRegistered(registerDevice);
  return run();
}
