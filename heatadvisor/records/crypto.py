"""Residents' personal fields encrypted at rest: AES-GCM with a key from the service
point's password through scrypt.

Only the salt, the scrypt cost and a verifier (an HMAC made with the key) are stored; the
password and the key never are. Each blob is bound to its record's id (associated data),
so a blob copied onto another record does not decrypt.

The cipher (``cryptography``, ~6 MB resident) loads at the first seal or unseal, not with the
records: most sessions never give a password. ``load_cipher`` loads it ahead, for the window to
call on its GUI thread before work that may seal goes to a worker (see ``ui.background``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SCRYPT_N = 2**15  # ~0.1 s on a service-point laptop: cheap once per session, slow for guessing
SCRYPT_R = 8
SCRYPT_P = 1
NONCE_BYTES = 12
_VERIFIER_LABEL = b"heatadvisor-records-password-check"


class WrongPassword(ValueError):
    """The password does not open these personal fields."""


@dataclass(frozen=True)
class KeySpec:
    """What is stored to re-derive and check the key: never the key itself."""

    salt: bytes
    n: int
    verifier: bytes


def derive_key(password: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    if not password:
        raise WrongPassword("empty password")
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, maxmem=256 * n * SCRYPT_R, dklen=32
    )


def _verifier(key: bytes) -> bytes:
    return hmac.new(key, _VERIFIER_LABEL, hashlib.sha256).digest()


def new_key(password: str) -> tuple[bytes, KeySpec]:
    """A fresh salt and the key it gives, with the spec to store."""
    salt = os.urandom(16)
    key = derive_key(password, salt)
    return key, KeySpec(salt, SCRYPT_N, _verifier(key))


def open_key(password: str, spec: KeySpec) -> bytes:
    """The key for ``password``; WrongPassword if it is not the one the spec was made with."""
    if not 2**10 <= spec.n <= 2**20 or len(spec.salt) < 8:  # a hostile spec must not cost gigabytes
        raise WrongPassword("unusable key settings")
    key = derive_key(password, spec.salt, spec.n)
    if not hmac.compare_digest(_verifier(key), spec.verifier):
        raise WrongPassword("wrong password")
    return key


@cache
def load_cipher() -> tuple[type[AESGCM], type[Exception]]:
    """AES-GCM and the error of a blob that does not open, imported once (later calls run no
    import statement, so they are safe on a worker)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM, InvalidTag


def seal(key: bytes, plain: bytes, bound_to: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    aes_gcm, _invalid = load_cipher()
    return nonce + aes_gcm(key).encrypt(nonce, plain, bound_to.encode("utf-8"))


def unseal(key: bytes, blob: bytes, bound_to: str) -> bytes:
    """The plain bytes; WrongPassword if the blob was made with another key or altered."""
    aes_gcm, invalid = load_cipher()
    try:
        return aes_gcm(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], bound_to.encode("utf-8"))
    except (invalid, ValueError):
        raise WrongPassword("personal fields do not open with this key") from None
