package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One thing a channel delivered: the raw bytes exactly as received, the headers, when it arrived and
 * whether it was pushed (a webhook, whose signature is checked) or pulled (by a {@link Poller}).
 * Immutable; the bytes are copied in and out.
 *
 * <p>The delivery id, used to recognise a re-sent webhook, is taken from the first header present
 * among {@link #DELIVERY_ID_HEADERS} unless given explicitly.
 */
public final class Delivery {
  /** Headers that carry a platform's delivery id, matched case-insensitively, in this order. */
  public static final List<String> DELIVERY_ID_HEADERS = List.of(
      "X-Shopify-Webhook-Id", "X-WC-Webhook-Delivery-ID", "X-Delivery-Id");

  /** How a delivery reached the intake. */
  public enum Source {
    /** A webhook or message push: signed when the channel has a secret. */
    PUSH,
    /** A page fetched from a pull API by the host: not signed. */
    PULL,
  }

  private final ChannelId channel;
  private final byte[] body;
  private final Map<String, String> headers;
  private final Instant receivedAt;
  private final Source source;
  private final @Nullable String deliveryId;

  private Delivery(ChannelId channel, byte[] body, Map<String, String> headers, Instant receivedAt, Source source,
      @Nullable String deliveryId) {
    this.channel = Checks.requireNonNull(channel, "channel");
    this.body = Checks.requireNonNull(body, "body").clone();
    this.headers = Checks.requireNonNull(headers, "headers").isEmpty() ? Map.of() : caseInsensitiveCopy(headers);
    this.receivedAt = Checks.requireNonNull(receivedAt, "receivedAt");
    this.source = Checks.requireNonNull(source, "source");
    this.deliveryId = deliveryId != null ? Checks.requireId(deliveryId, "deliveryId")
        : this.headers.isEmpty() ? null : fromHeaders(this.headers);
  }

  /** A pushed delivery (webhook); its id, if any, is read from the headers. */
  public static Delivery push(ChannelId channel, byte[] body, Map<String, String> headers, Instant receivedAt) {
    return new Delivery(channel, body, headers, receivedAt, Source.PUSH, null);
  }

  /** A pushed delivery with an explicit delivery id (e.g. a message queue's message id). */
  public static Delivery push(ChannelId channel, byte[] body, Map<String, String> headers, Instant receivedAt,
      String deliveryId) {
    return new Delivery(channel, body, headers, receivedAt, Source.PUSH, Checks.requireNonNull(deliveryId, "deliveryId"));
  }

  /** A payload fetched from a pull API: no headers, no signature, no delivery id. */
  public static Delivery pull(ChannelId channel, byte[] body, Instant receivedAt) {
    return new Delivery(channel, body, Map.of(), receivedAt, Source.PULL, null);
  }

  public ChannelId channel() {
    return channel;
  }

  /** A copy of the raw bytes as received. */
  public byte[] body() {
    return body.clone();
  }

  /** The raw bytes without a copy; callers must not change them. */
  byte[] rawBody() {
    return body;
  }

  /** The headers, unmodifiable, names matched case-insensitively. */
  public Map<String, String> headers() {
    return headers;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Source source() {
    return source;
  }

  /** The platform's id of this delivery, used to recognise a re-sent one. */
  public Optional<String> deliveryId() {
    return Optional.ofNullable(deliveryId);
  }

  /** Shows the channel, source, id and size; never the body (it holds personal data). */
  @Override
  public String toString() {
    return "Delivery[" + channel + " " + source + (deliveryId == null ? "" : " id=" + deliveryId)
        + ", " + body.length + " bytes, receivedAt=" + receivedAt + "]";
  }

  private static Map<String, String> caseInsensitiveCopy(Map<String, String> headers) {
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(Checks.requireText(k, "headers key"),
        Checks.requireNonNull(v, "headers[" + k + "]")));
    return Collections.unmodifiableMap(h);
  }

  private static @Nullable String fromHeaders(Map<String, String> headers) {
    for (String name : DELIVERY_ID_HEADERS) {
      String v = headers.get(name);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
