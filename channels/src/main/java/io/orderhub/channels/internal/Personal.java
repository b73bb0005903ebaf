package io.orderhub.channels.internal;

import io.orderhub.core.Protection;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Personal data as platforms hand it over: plain, masked ({@code 138****5678}), encrypted (a
 * ciphertext field such as Douyin {@code encrypt_post_tel}, or Taobao's delimited ciphertext
 * {@code $138$U2Fs...$1$$}) or a reference (Taobao {@code oaid}). Not API.
 */
public final class Personal {
  private Personal() {}

  /**
   * The protection of a value found in a field meant for plain text: {@link Protection#MASKED}
   * when it holds {@code *}, {@link Protection#ENCRYPTED} when it has the delimited ciphertext
   * shape ({@code ~...~~}, {@code $...$$}, {@code #...##}), else {@link Protection#PLAIN}.
   */
  public static Protection guess(String value) {
    int n = value.length();
    if (n >= 4) {
      char c = value.charAt(0);
      if ((c == '~' || c == '$' || c == '#') && value.charAt(n - 1) == c && value.charAt(n - 2) == c) {
        return Protection.ENCRYPTED;
      }
    }
    return Protection.guess(value);
  }

  /**
   * The first present of: a plain-or-masked value, a ciphertext, a mask. {@code null} when none is
   * present.
   */
  public static <T> @Nullable T pick(
      @Nullable String plain, @Nullable String encrypted, @Nullable String masked,
      BiFunction<String, Protection, T> factory) {
    if (present(plain)) {
      return factory.apply(plain.strip(), guess(plain.strip()));
    }
    if (present(encrypted)) {
      return factory.apply(encrypted.strip(), Protection.ENCRYPTED);
    }
    if (present(masked)) {
      return factory.apply(masked.strip(), Protection.MASKED);
    }
    return null;
  }

  private static boolean present(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
