package io.orderhub.core;

/**
 * How a platform handed over a piece of personal data. Chinese platforms increasingly hide the
 * buyer's phone, name and address: some send a mask, some ciphertext to decrypt through another
 * call, some only a reference (Taobao's {@code oaid}).
 */
public enum Protection {
  /** The value as the person gave it. */
  PLAIN,
  /** Partly hidden by the platform, e.g. {@code 138****5678}; cannot be recovered. */
  MASKED,
  /** Ciphertext that the platform's decryption call turns back into the value. */
  ENCRYPTED,
  /** Only a platform reference to the value (e.g. Taobao {@code oaid}). */
  REFERENCE;

  /** {@link #MASKED} when the text holds the platform's mask character {@code *}, else {@link #PLAIN}. */
  public static Protection guess(String value) {
    return value.indexOf('*') >= 0 ? MASKED : PLAIN;
  }
}
