import type { BundleWithDsseEnvelope, TLogEntryWithInclusionProof } from '@sigstore/bundle';
import { type TrustMaterial, toSignedEntity } from '@sigstore/verify';
// sigstore-js's `Verifier.verify` runs these steps in another order than sigstore-python (log entry and body
// before the signature, the identity policy last), so the order is composed here from its own step functions.
import { verifyCertificate } from '@sigstore/verify/dist/key/index.js';
import { verifyCheckpoint } from '@sigstore/verify/dist/tlog/checkpoint.js';
import { verifyTLogBody } from '@sigstore/verify/dist/tlog/index.js';
import { verifyMerkleInclusion } from '@sigstore/verify/dist/tlog/merkle.js';
import { verifyTLogSET } from '@sigstore/verify/dist/tlog/set.js';
import { verificationFailed } from './errors';

/**
 * Verifies a one-entry DSSE bundle in sigstore-python's order (`Verifier.verify_dsse` and
 * `_verify_common_signing_cert`, sigstore-python 4.5.0 sigstore/verify/verifier.py:280-449), which is what PyPI
 * runs, so that an attestation wrong in several ways is refused for the same reason as on PyPI:
 *   0. a signing time: the log's integrated time, bound by the inclusion promise (checked in step 4);
 *   1-2. the certificate chains to a trusted CA at that time, and carries a trusted CT log's SCT;
 *   3. `policy` (the Trusted Publisher's identity, read from the same certificate);
 *   4. the log entry: checkpoint signed by a trusted Rekor, Merkle inclusion, then the inclusion promise (SET);
 *   7. the DSSE signature by the certificate's key;
 *   8. the log entry's body matches the envelope (payload hash, signature).
 * Throws `Verification failed: <reason>`; step 4's reasons start `invalid log entry:` and step 7's is
 * `DSSE: invalid signature`, as sigstore-python words them.
 */
export function verifyDsseBundleInOrder(
  bundle: BundleWithDsseEnvelope,
  trust: TrustMaterial,
  policy: () => void,
): void {
  const entity = toSignedEntity(bundle);
  const [entry] = bundle.verificationMaterial.tlogEntries;
  if (entry === undefined || entity.key.$case !== 'certificate') {
    throw verificationFailed('expected a certificate and exactly one log entry in the bundle');
  }
  const timestamps =
    entry.inclusionPromise !== undefined && entry.integratedTime !== '0'
      ? [new Date(Number(entry.integratedTime) * 1000)]
      : [];
  if (timestamps.length === 0) throw verificationFailed('not enough sources of verified time');

  const leaf = entity.key.certificate;
  const signer = step('', () => {
    const { signer, scts } = verifyCertificate(leaf, timestamps, trust);
    if (scts.length < 1) throw new Error('failed to verify SCT on signing certificate: no valid SCT');
    return signer;
  });
  policy();

  step('invalid log entry: ', () => {
    if (entry.inclusionProof?.checkpoint === undefined) {
      throw new Error('Inclusion proof does not contain a checkpoint');
    }
    const withProof = entry as TLogEntryWithInclusionProof;
    const checkpoint = verifyCheckpoint(withProof, trust.tlogs);
    // sigstore-js chains the proof to the checkpoint's root hash only; sigstore-python also refuses a proof
    // whose own root hash is not the checkpoint's (rekor/checkpoint.py `verify_checkpoint`).
    const rootHash = withProof.inclusionProof.rootHash;
    if (!checkpoint.logHash.equals(rootHash)) {
      throw new Error(
        `inclusion proof contains invalid root hash: ${rootHash.toString('hex')}, ` +
          `the checkpoint's is ${checkpoint.logHash.toString('hex')}`,
      );
    }
    verifyMerkleInclusion(withProof, checkpoint);
    if (entry.inclusionPromise !== undefined)
      verifyTLogSET({ ...entry, inclusionPromise: entry.inclusionPromise }, trust.tlogs);
  });

  if (!entity.signature.verifySignature(signer.key)) throw verificationFailed('DSSE: invalid signature');
  step('', () => verifyTLogBody(entry, entity.signature));
}

/** Runs one step; its failure becomes `Verification failed: <prefix><reason>`. */
function step<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw verificationFailed(`${prefix}${error instanceof Error ? error.message : String(error)}`, error);
  }
}
