package io.orderhub.reconcile.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly, like an {@link java.io.InputStreamReader} whose decoder reports malformed
 * and unmappable input, but hands out every char before the bad bytes first and fails only when
 * reading reaches them: the CSV parser's position is then the line the bad bytes are on, which an
 * {@code InputStreamReader} loses (it throws away the chars it decoded in the same call). Not
 * thread-safe. Not API.
 */
final class StrictReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private @Nullable CharacterCodingException failed;
  private boolean endOfInput;
  private boolean flushed;

  StrictReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (failed != null) {
      throw failed;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      if (r.isError()) {
        CharacterCodingException e = exception(r);
        if (out.position() > off) {
          failed = e; // hand out what came before; fail on the next read
          return out.position() - off;
        }
        failed = e;
        throw e;
      }
      if (r.isOverflow()) {
        return out.position() - off;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        return out.position() > off ? out.position() - off : -1;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  private static CharacterCodingException exception(CoderResult r) {
    try {
      r.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    throw new IllegalStateException("coder result " + r + " is not an error");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
