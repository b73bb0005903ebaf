/**
 * Runnable wiring of OrderHub's modules: the {@code orderhub} command line ({@link
 * io.orderhub.examples.cli.OrderhubCli}) and the demo that runs the whole pipeline on bundled
 * sample data.
 */
@NullMarked
package io.orderhub.examples;

import org.jspecify.annotations.NullMarked;
