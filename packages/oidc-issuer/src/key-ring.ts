import { randomUUID } from 'node:crypto';
import { type CryptoKey, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';

/** One RS256 signing key and its public JWK (with `kid`, `alg` and `use`). */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** The issuer's signing keys: the newest one signs, all of them are published (as GitHub does across rotations). */
export interface KeyRing {
  current(): SigningKey;
  jwks(): JSONWebKeySet;
  /** Generates a new signing key, which signs from now on; the old ones stay published. */
  rotate(): Promise<SigningKey>;
}

export async function createKeyRing(): Promise<KeyRing> {
  const keys: SigningKey[] = [await generateSigningKey()];
  return {
    current: () => keys[keys.length - 1]!,
    jwks: () => ({ keys: keys.map((key) => ({ ...key.publicJwk })) }),
    rotate: async () => {
      const key = await generateSigningKey();
      keys.push(key);
      return key;
    },
  };
}

async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID().replace(/-/g, '').toUpperCase();
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicJwk };
}
