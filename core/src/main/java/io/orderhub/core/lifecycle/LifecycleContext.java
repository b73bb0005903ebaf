package io.orderhub.core.lifecycle;

/**
 * What the standard lifecycle's guards and actions see when an event is fired: the order's record
 * as it was before the event, and the event.
 *
 * @param record the order's lifecycle record before the event
 * @param event the event being handled
 */
public record LifecycleContext(LifecycleRecord record, LifecycleEvent event) {}
