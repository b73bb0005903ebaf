/**
 * Allocation: one shared inventory pool that never oversells, and a weighted, explained warehouse
 * scorer with split, transfer and backorder fallbacks.
 *
 * <h2>Inventory pool</h2>
 *
 * {@link io.orderhub.allocation.InventoryPool} keeps on hand and reserved units per (warehouse, SKU);
 * sellable is {@code floor(onHand × ratio) − reserved} (ratio 0.95 by default) or {@code onHand −
 * safetyStock − reserved}, set per position, SKU, warehouse or globally ({@link
 * io.orderhub.allocation.BufferPolicy}). Reservations are all-or-nothing across positions, summed per
 * SKU first, carry an id, an owner order and an expiry, and end exactly once: released, committed
 * (on hand and reserved both go down) or expired by a sweep driven by the injected clock. Releasing
 * twice or committing a released reservation throws {@link
 * io.orderhub.allocation.ReservationStateException}. There is no global lock: the default store
 * locks positions one by one in {@link io.orderhub.allocation.StockKey} order; other stores plug in
 * through {@link io.orderhub.allocation.spi.InventoryStore}.
 *
 * <h2>Warehouse scorer and strategy</h2>
 *
 * {@link io.orderhub.allocation.Allocator} filters warehouses (serves the destination, may ship
 * hazardous goods, under its daily cap, has waybills, holds some of the SKUs), scores the rest on
 * normalised factors ({@link io.orderhub.allocation.Factors}: stock depth, waybills left, carrier
 * days to the destination, on-time rate; hosts add their own {@link
 * io.orderhub.allocation.ScoreFactor}), then picks the best warehouse that can ship the whole
 * order, else the fewest warehouses that cover it (exact search within a budget of subsets, greedy
 * beyond; or a transfer to the best of them), else queues a backorder with what is missing and a
 * promised date from expected restocks. Ties go to the warehouse configured first. Every {@link
 * io.orderhub.allocation.Allocation} carries an {@link io.orderhub.allocation.Explanation}: each
 * warehouse's filter or factor scores (raw, normalised, weight, contribution), total, rank and why
 * it won or lost.
 *
 * <h2>Warehouses file</h2>
 *
 * {@link io.orderhub.allocation.WarehouseFile} reads the file {@code orderhub allocate
 * --warehouses} takes. Only {@code warehouses} with {@code id}, {@code region}, {@code carriers}
 * is required; unknown fields are errors. The module's {@code README.md} lists every field with its
 * default and holds an example file that a test parses. An annotated example (the {@code //}
 * comments are not part of the format; {@code examples/src/main/resources/samples/allocation/warehouses.json}
 * is a real file):
 *
 * <pre>{@code
 * {
 *   "buffer": {"ratio": "0.95"},                      // default buffer, or {"safetyStock": 2}
 *   "skuBuffers": {"LI-BATTERY": {"safetyStock": 5}}, // per SKU
 *   "carrierRules": [                                 // destination region -> carrier
 *     {"regions": ["江苏", "浙江", "上海"], "carrier": "ZTO"},
 *     {"regions": ["广东"], "carrier": "Yunda"},
 *     {"regions": ["*"], "carrier": "YTO"}],
 *   "carrierOverrideAttribute": "carrier",            // order attribute that overrides the rules
 *   "weights": {"stockDepth": 1, "waybills": 1, "timeliness": 2, "onTimeRate": 1},
 *   "split": "SPLIT",                                 // or "TRANSFER"
 *   "maxShipments": 4, "splitSearchBudget": 20000, "zone": "Asia/Shanghai",
 *   "warehouses": [{
 *     "id": "WH-HZ", "region": "浙江省",
 *     "hazardous": false,                             // may ship lines tagged "hazardous"
 *     "dailyCap": 800, "ordersToday": 120,            // orders per day, and taken so far
 *     "waybills": 1500,                               // electronic waybills left
 *     "onTimeRate": 0.97,                             // historical, 0..1
 *     "buffer": {"ratio": "0.9"},                     // this warehouse's buffer
 *     "carriers": {                                   // days per destination region; "*" = elsewhere
 *       "SF":  {"江苏": 1, "浙江": 1, "上海": 1, "*": 3},
 *       "ZTO": {"江苏": 2, "浙江": 1, "上海": 2, "*": 4}},
 *     "stock": [{
 *       "sku": "TEA-LJ-250G", "onHand": 120, "dailySales": 8,
 *       "buffer": {"safetyStock": 3},                 // this position's buffer
 *       "restocks": [{"date": "2026-11-20", "quantity": 200}]}]
 *   }]
 * }
 * }</pre>
 *
 * Scores are min–max normalised across the order's candidates, so with two candidates each factor
 * is 0 or 1; weights are normalised to sum to 1. Region names are compared without their
 * administrative suffix ({@code 浙江省} = {@code 浙江});
 * an order's destination is its shipping address's province. {@link
 * io.orderhub.allocation.AllocationJson} writes the output lines.
 */
@NullMarked
package io.orderhub.allocation;

import org.jspecify.annotations.NullMarked;
