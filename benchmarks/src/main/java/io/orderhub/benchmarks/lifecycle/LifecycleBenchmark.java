package io.orderhub.benchmarks.lifecycle;

import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.Lifecycle;
import io.orderhub.core.lifecycle.LifecycleContext;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.lifecycle.machine.StateMachine;
import io.orderhub.core.lifecycle.machine.Transition;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The order lifecycle's fire path against the state machines a Java developer would pick instead,
 * in one JMH run: Alibaba COLA statemachine 5.0.0 and Spring Statemachine 4.0.0.
 *
 * <p>Each library holds the unguarded transitions of OrderHub's standard lifecycle (the same states
 * and events; COLA and Spring have no per-order history, so guards that read it are left out) and
 * drives the same 9-state happy path, {@code PENDING_PAYMENT} → … → {@code COMPLETED} (8 events):
 *
 * <ul>
 *   <li>{@link #orderhubHappyPath}: {@link Lifecycle#apply} with idempotency (duplicate check over
 *       the history) and a history entry per event, from a fresh {@link LifecycleRecord};
 *   <li>{@link #orderhubMachineHappyPath}: the bare {@link StateMachine#fire}, no history;
 *   <li>{@link #colaHappyPath}: COLA's {@code fireEvent} (stateless, like OrderHub's machine);
 *   <li>{@link #springHappyPath}: one Spring machine reset to the initial state, then 8 events
 *       (reusing an instance is the cheapest way; a new machine per order costs far more).
 * </ul>
 *
 * Bare transition: {@link #orderhubBareTransition} vs {@link #colaBareTransition} (one event, {@code
 * PAID} → {@code STOCK_LOCKED}).
 *
 * <p>Targets: the bare transition at least as fast as COLA; the happy path with history over 20×
 * faster than Spring Statemachine. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar LifecycleBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LifecycleBenchmark {
  static final OrderEventType[] HAPPY_PATH = {OrderEventType.PAY, OrderEventType.LOCK_STOCK,
      OrderEventType.ASSIGN_WAREHOUSE, OrderEventType.START_PACKING, OrderEventType.PRINT_LABEL,
      OrderEventType.PICK_UP, OrderEventType.DELIVER, OrderEventType.COMPLETE};
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  static final OrderId ORDER = OrderId.of("bench-1");

  Lifecycle lifecycle;
  StateMachine<OrderStatus, OrderEventType, LifecycleContext> machine;
  LifecycleEvent[] events;
  LifecycleContext context;
  com.alibaba.cola.statemachine.StateMachine<OrderStatus, OrderEventType, LifecycleContext> cola;
  org.springframework.statemachine.StateMachine<OrderStatus, OrderEventType> spring;
  Message<OrderEventType>[] springEvents;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    lifecycle = Lifecycle.standard();
    machine = lifecycle.machine();
    events = new LifecycleEvent[HAPPY_PATH.length];
    springEvents = new Message[HAPPY_PATH.length];
    for (int i = 0; i < HAPPY_PATH.length; i++) {
      EventSource source = i < 1 ? EventSource.PLATFORM : i < 5 ? EventSource.WMS : EventSource.CARRIER;
      events[i] = LifecycleEvent.of("evt-" + i, source, HAPPY_PATH[i], T0.plusSeconds(60L * i));
      springEvents[i] = MessageBuilder.withPayload(HAPPY_PATH[i]).build();
    }
    context = new LifecycleContext(LifecycleRecord.start(ORDER, OrderStatus.PAID, T0), events[1]);
    cola = cola();
    spring = spring();
    check();
  }

  private com.alibaba.cola.statemachine.StateMachine<OrderStatus, OrderEventType, LifecycleContext> cola() {
    com.alibaba.cola.statemachine.builder.StateMachineBuilder<OrderStatus, OrderEventType, LifecycleContext> b =
        StateMachineBuilderFactory.create();
    for (Transition<OrderStatus, OrderEventType, LifecycleContext> t : machine.transitions()) {
      if (t.guardName().isPresent()) {
        continue;
      }
      if (t.from() == t.to()) {
        b.internalTransition().within(t.from()).on(t.event()).perform((f, to, e, c) -> { });
      } else {
        b.externalTransition().from(t.from()).to(t.to()).on(t.event()).perform((f, to, e, c) -> { });
      }
    }
    // COLA keeps every machine in a static registry by id, so each built machine needs its own id
    return b.build("orderhub-benchmark-" + System.identityHashCode(this));
  }

  private org.springframework.statemachine.StateMachine<OrderStatus, OrderEventType> spring() throws Exception {
    StateMachineBuilder.Builder<OrderStatus, OrderEventType> b = StateMachineBuilder.builder();
    b.configureConfiguration().withConfiguration().autoStartup(false);
    b.configureStates().withStates().initial(OrderStatus.PENDING_PAYMENT).states(EnumSet.allOf(OrderStatus.class))
        .end(OrderStatus.COMPLETED).end(OrderStatus.CANCELLED).end(OrderStatus.REFUNDED);
    StateMachineTransitionConfigurer<OrderStatus, OrderEventType> transitions = b.configureTransitions();
    for (Transition<OrderStatus, OrderEventType, LifecycleContext> t : machine.transitions()) {
      if (t.guardName().isPresent()) {
        continue;
      }
      if (t.from() == t.to()) {
        transitions.withInternal().source(t.from()).event(t.event());
      } else {
        transitions.withExternal().source(t.from()).target(t.to()).event(t.event());
      }
    }
    org.springframework.statemachine.StateMachine<OrderStatus, OrderEventType> sm = b.build();
    sm.startReactively().block();
    return sm;
  }

  /** Every contender must end the happy path in COMPLETED, or the comparison is void. */
  private void check() {
    OrderStatus[] ends = {orderhubHappyPath().status(), orderhubMachineHappyPath(), colaHappyPath(), springHappyPath()};
    for (OrderStatus end : ends) {
      if (end != OrderStatus.COMPLETED) {
        throw new IllegalStateException("happy path ended in " + end);
      }
    }
    if (orderhubBareTransition() != OrderStatus.STOCK_LOCKED || colaBareTransition() != OrderStatus.STOCK_LOCKED) {
      throw new IllegalStateException("bare transition did not reach STOCK_LOCKED");
    }
  }

  @Benchmark
  public LifecycleRecord orderhubHappyPath() {
    LifecycleRecord r = LifecycleRecord.start(ORDER, OrderStatus.PENDING_PAYMENT, T0);
    for (LifecycleEvent e : events) {
      r = lifecycle.apply(r, e, T0).record();
    }
    return r;
  }

  @Benchmark
  public OrderStatus orderhubMachineHappyPath() {
    OrderStatus s = OrderStatus.PENDING_PAYMENT;
    for (OrderEventType e : HAPPY_PATH) {
      s = machine.fire(s, e, context).to();
    }
    return s;
  }

  @Benchmark
  public OrderStatus colaHappyPath() {
    OrderStatus s = OrderStatus.PENDING_PAYMENT;
    for (OrderEventType e : HAPPY_PATH) {
      s = cola.fireEvent(s, e, context);
    }
    return s;
  }

  @Benchmark
  public OrderStatus springHappyPath() {
    spring.stopReactively().block();
    spring.getStateMachineAccessor().doWithAllRegions(a -> a.resetStateMachineReactively(
        new DefaultStateMachineContext<>(OrderStatus.PENDING_PAYMENT, null, null, null)).block());
    spring.startReactively().block();
    for (Message<OrderEventType> m : springEvents) {
      spring.sendEvent(Mono.just(m)).blockLast();
    }
    return spring.getState().getId();
  }

  @Benchmark
  public OrderStatus orderhubBareTransition() {
    return machine.fire(OrderStatus.PAID, OrderEventType.LOCK_STOCK, context).to();
  }

  @Benchmark
  public OrderStatus colaBareTransition() {
    return cola.fireEvent(OrderStatus.PAID, OrderEventType.LOCK_STOCK, context);
  }
}
