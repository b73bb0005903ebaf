/**
 * The canonical order JSON of DESIGN.md ({@link io.orderhub.core.json.OrderJson}) and a
 * path-tracking view of untrusted JSON ({@link io.orderhub.core.json.PayloadNode}) that names the
 * JSON path of every problem it finds.
 */
@NullMarked
package io.orderhub.core.json;

import org.jspecify.annotations.NullMarked;
