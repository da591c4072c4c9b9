//===- runtime/hash_algos.h - SHA-256, SHA-1 and MD5 ------------*- C++ -*-===//
//
// The digests behind hashlib, written from their specifications (FIPS 180-4
// for SHA-256 and SHA-1, RFC 1321 for MD5). All three share the
// Merkle-Damgard framing: 64-byte blocks, a 0x80 byte, zero padding and the
// message length in bits (big-endian for SHA, little-endian for MD5).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_HASH_ALGOS_H
#define KRAIT_RUNTIME_HASH_ALGOS_H

#include <stddef.h>
#include <stdint.h>

/// The algorithms hashlib offers.
enum kr_hash_algo { KR_HASH_SHA256, KR_HASH_SHA1, KR_HASH_MD5 };

/// A running digest. Plain data: copying it forks the computation.
struct kr_hash_state {
    kr_hash_algo algo;
    uint32_t h[8];
    uint64_t total; ///< bytes fed so far
    uint8_t block[64];
    size_t fill; ///< bytes in block
};

/// Digest size in bytes of an algorithm (32, 20 or 16).
size_t kr_hash_digest_size(kr_hash_algo algo);
/// Start a digest.
void kr_hash_init(kr_hash_state *s, kr_hash_algo algo);
/// Feed bytes.
void kr_hash_update(kr_hash_state *s, const uint8_t *data, size_t len);
/// Write the digest of everything fed so far to out (kr_hash_digest_size
/// bytes); `s` is left unchanged, so feeding may continue.
void kr_hash_final(const kr_hash_state *s, uint8_t *out);

#endif // KRAIT_RUNTIME_HASH_ALGOS_H
