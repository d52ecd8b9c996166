// A ChallengeHub learner record (a 1EdTech CLR 2.0 ClrCredential, as the pupil's browser saved it) checked like its badges:
// Digital Bazaar's vc with the eddsa-rdfc-2022 cryptosuite for the record's own proof, then every bundled badge credential on
// its own, with its own proof and its revocation status. The CLR context comes from this folder's own copy (contexts/),
// taken from the published context, never from ChallengeHub's code.
//
//   node verify.mjs clr <file> <address of the Silo> [tamper]
import { readFile } from 'node:fs/promises';
import { verifyDataIntegrity } from './data-integrity.mjs';

export async function clr(file, address, tamper) {
  const record = JSON.parse(await readFile(file, 'utf8'));
  if (tamper === 'tamper') {
    const [badge] = record.credentialSubject.verifiableCredential;
    badge.name = `${badge.name} (changed)`;
  }
  const scheme = new URL(address).protocol;
  const report = await verifyDataIntegrity(record, scheme);
  const credentials = [];
  for (const credential of record.credentialSubject.verifiableCredential) {
    credentials.push({ id: credential.id, ...(await verifyDataIntegrity(credential, scheme)) });
  }
  return { ...report, credentials };
}
