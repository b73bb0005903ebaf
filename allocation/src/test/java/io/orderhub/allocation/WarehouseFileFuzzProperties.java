package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.JsonMutations;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged warehouses file is an {@link InvalidPayloadException} naming a JSON path, never another
 * exception: values swapped for hostile ones, fields removed, bytes flipped or cut.
 */
class WarehouseFileFuzzProperties {
  private static final byte[] FILE = WarehouseFileTest.FILE.getBytes(StandardCharsets.UTF_8);

  @Property(tries = 400)
  void swappedOrRemovedValuesAreInvalidPayloadsNamingAPath(
      @ForAll @IntRange(min = 1, max = 4) int mutations, @ForAll long seed) {
    assertReadOrInvalid(JsonMutations.mutated(FILE, mutations, new Random(seed)));
  }

  @Property(tries = 200)
  void flippedOrCutBytesAreInvalidPayloads(
      @ForAll @IntRange(min = 0, max = 5_000) int at, @ForAll @IntRange(min = 1, max = 127) int mask,
      @ForAll boolean cut) {
    assertReadOrInvalid(JsonMutations.flippedOrCut(FILE, at, mask, cut));
  }

  private static void assertReadOrInvalid(byte[] json) {
    try {
      WarehouseSetup setup = WarehouseFile.read(json);
      assertThat(setup.config().warehouses()).isNotNull();
    } catch (InvalidPayloadException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.getMessage()).startsWith(e.path() + ": ");
    }
  }
}
