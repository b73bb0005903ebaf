package io.orderhub.channels.signing;

import java.nio.charset.StandardCharsets;

/**
 * Known answers computed outside this code base (Python {@code hmac}/{@code hashlib}), so the
 * tests do not check the implementation against itself.
 */
public final class SignatureVectors {
  /** A webhook body with non-ASCII text ("请快发"), as raw UTF-8 bytes. */
  public static final byte[] BODY =
      "{\"id\":820982911946154508,\"email\":\"jon@example.com\",\"note\":\"请快发\"}".getBytes(StandardCharsets.UTF_8);

  private SignatureVectors() {}
}
