package io.orderhub.channels.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.Channels;
import io.orderhub.channels.Fixtures;
import io.orderhub.channels.PayloadException;
import io.orderhub.core.Order;
import io.orderhub.core.json.JsonMutations;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged mapping file is a {@link MappingException} naming the file, never another exception;
 * and a mapping file that parses normalises a payload, through {@link Channels}, into an order or
 * fails with a {@link PayloadException}, never anything else. The damage: the Taobao mapping with values swapped for
 * hostile ones, fields removed, bytes flipped or cut.
 */
class MappingFilesFuzzProperties {
  private static final byte[] MAPPING = Fixtures.bytes("mappings", "taobao.json");

  @Provide
  Arbitrary<String> payloads() {
    return Arbitraries.of(Fixtures.names("taobao"));
  }

  @Property(tries = 400)
  void swappedOrRemovedValuesAreMappingErrorsOrNormaliseSafely(
      @ForAll @IntRange(min = 1, max = 4) int mutations, @ForAll long seed, @ForAll("payloads") String payload) {
    assertParsesAndNormalisesOrIsInvalid(JsonMutations.mutated(MAPPING, mutations, new Random(seed)), payload);
  }

  @Property(tries = 200)
  void flippedOrCutBytesAreMappingErrors(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll @IntRange(min = 1, max = 127) int mask,
      @ForAll boolean cut, @ForAll("payloads") String payload) {
    assertParsesAndNormalisesOrIsInvalid(JsonMutations.flippedOrCut(MAPPING, at, mask, cut), payload);
  }

  private static void assertParsesAndNormalisesOrIsInvalid(byte[] mappingFile, String payload) {
    FieldMapping mapping;
    try {
      mapping = MappingFiles.parse("mapping.json", mappingFile);
    } catch (MappingException e) {
      assertThat(e.getMessage()).startsWith("mapping.json: ");
      return;
    }
    byte[] bytes = Fixtures.bytes("taobao", payload);
    Channels channels = Channels.builder().register(MappingAdapter.of(mapping)).build();
    try {
      Order order = channels.normalize(mapping.channel(), bytes);
      assertThat(order.lines()).isNotEmpty();
    } catch (PayloadException e) {
      assertThat(e.rawPayload()).isEqualTo(bytes);
      assertThat(e.path()).startsWith("$");
    }
  }
}
