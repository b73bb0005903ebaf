package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.DeadLetter;
import io.orderhub.channels.intake.spi.DeadLetterSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link DeadLetterSink#inMemory()}: insertion-ordered, guarded by this object's monitor. */
public final class InMemoryDeadLetterSink implements DeadLetterSink {
  private final Map<String, DeadLetter> letters = new LinkedHashMap<>();

  @Override
  public synchronized void put(DeadLetter deadLetter) {
    letters.put(deadLetter.id(), deadLetter);
  }

  @Override
  public synchronized List<DeadLetter> list() {
    return Collections.unmodifiableList(new ArrayList<>(letters.values()));
  }

  @Override
  public synchronized boolean remove(String id) {
    return letters.remove(id) != null;
  }
}
