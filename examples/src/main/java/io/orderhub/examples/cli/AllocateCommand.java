package io.orderhub.examples.cli;

import io.orderhub.allocation.AllocationJson;
import io.orderhub.allocation.Allocator;
import io.orderhub.allocation.WarehouseFile;
import io.orderhub.allocation.WarehouseSetup;
import io.orderhub.core.Order;
import io.orderhub.core.OrderHubException;
import io.orderhub.core.json.OrderJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderhub allocate --warehouses <file> --orders <file>}: allocates the orders, in file order,
 * against one inventory pool and prints one allocation JSON per order. The logic lives in the
 * allocation module ({@link WarehouseFile}, {@link Allocator}, {@link AllocationJson}).
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {
        "Allocates orders to warehouses against one shared inventory pool and prints one JSON per order:",
        "externalId, outcome (SINGLE, SPLIT, TRANSFER, BACKORDER), shipments (warehouse, carrier, lines",
        "and quantities), transfers, missing units with a promised date, and the explanation (every",
        "warehouse's filter or per-factor score, and why it won or lost)."},
    footer = {
        "",
        "Warehouses file (JSON; only warehouses[].id, region and carriers are required):",
        "  {\"buffer\": {\"ratio\": \"0.95\"},              default sellable share, or {\"safetyStock\": n}",
        "   \"skuBuffers\": {\"SKU\": {\"safetyStock\": 5}},",
        "   \"carrierRules\": [{\"regions\": [\"江苏\",\"浙江\",\"上海\"], \"carrier\": \"ZTO\"}],",
        "   \"carrierOverrideAttribute\": \"carrier\",     order attribute that picks the carrier",
        "   \"weights\": {\"stockDepth\":1, \"waybills\":1, \"timeliness\":1, \"onTimeRate\":1},",
        "   \"split\": \"SPLIT\" | \"TRANSFER\", \"maxShipments\": 4, \"zone\": \"Asia/Shanghai\",",
        "   \"warehouses\": [{\"id\": \"WH-HZ\", \"region\": \"浙江省\", \"hazardous\": false,",
        "     \"dailyCap\": 1000, \"ordersToday\": 0, \"waybills\": 800, \"onTimeRate\": 0.97,",
        "     \"buffer\": {\"ratio\": \"0.9\"},",
        "     \"carriers\": {\"SF\": {\"浙江\": 1, \"江苏\": 1, \"*\": 3}},   days per destination province",
        "     \"stock\": [{\"sku\": \"TEA\", \"onHand\": 120, \"dailySales\": 8, \"buffer\": {\"safetyStock\": 3},",
        "                \"restocks\": [{\"date\": \"2026-11-20\", \"quantity\": 200}]}]}]}",
        "Orders file: canonical order JSON, one order per line.",
        "Bad input: one line on stderr naming the file, line or JSON path, exit status 2."})
public final class AllocateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--warehouses", required = true, paramLabel = "<warehouses.json>",
      description = "Warehouses, stock, carriers and weights (format below).")
  Path warehouses;

  @Option(names = "--orders", required = true, paramLabel = "<orders.jsonl>",
      description = "Orders as canonical JSON, one per line.")
  Path orders;

  @Override
  public Integer call() {
    WarehouseSetup setup;
    try {
      setup = WarehouseFile.read(Inputs.bytes(warehouses));
    } catch (OrderHubException e) {
      throw CliException.in(warehouses, e.getMessage());
    }
    OrderJson json = OrderJson.standard();
    List<Order> batch = new ArrayList<>();
    Inputs.lines(orders, (n, line) -> {
      try {
        batch.add(json.read(line));
      } catch (OrderHubException e) {
        throw CliException.at(orders, n, e.getMessage());
      }
    });
    Allocator allocator = setup.newAllocator(Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    for (Order order : batch) {
      out.println(AllocationJson.write(allocator.allocate(order)));
    }
    out.flush();
    return 0;
  }
}
