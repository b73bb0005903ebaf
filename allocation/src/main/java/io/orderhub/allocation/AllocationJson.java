package io.orderhub.allocation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes an {@link Allocation} as one line of JSON (the output of {@code orderhub allocate}):
 *
 * <pre>{@code
 * {"orderId":"taobao-1","externalId":"1","outcome":"SPLIT","reservation":"R1",
 *  "shipments":[{"warehouse":"WH-HZ","carrier":"ZTO","carrierDays":1,
 *                "lines":[{"lineId":"1","sku":"TEA","quantity":2}]}, ...],
 *  "transfers":[],"missing":[],
 *  "explanation":{"destination":"浙江","steps":["..."],
 *    "candidates":[{"warehouse":"WH-HZ","filtered":null,"carrier":"ZTO","rank":1,"total":0.8125,
 *      "chosen":true,"verdict":"...","factors":[{"factor":"stockDepth","raw":15.0,"normalised":1.0,
 *      "weight":0.25,"contribution":0.25}, ...]}, ...]}}
 * }</pre>
 *
 * <p>{@code promisedShipDate} (ISO date) appears only on a backorder whose restock dates are
 * known. Scores are rounded to 4 decimal places. Thread-safe.
 */
public final class AllocationJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private AllocationJson() {}

  /** One line of JSON, without a line break. */
  public static String write(Allocation a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(a, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Allocation a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("orderId", a.orderId().value());
    g.writeStringField("externalId", a.externalId().value());
    g.writeStringField("outcome", a.outcome().name());
    if (a.reservation().isPresent()) {
      g.writeStringField("reservation", a.reservation().get().value());
    }
    g.writeArrayFieldStart("shipments");
    for (Shipment s : a.shipments()) {
      g.writeStartObject();
      g.writeStringField("warehouse", s.warehouse().value());
      g.writeStringField("carrier", s.carrier());
      g.writeNumberField("carrierDays", s.carrierDays());
      g.writeArrayFieldStart("lines");
      for (ShipmentLine l : s.lines()) {
        g.writeStartObject();
        g.writeStringField("lineId", l.lineId());
        g.writeStringField("sku", l.sku().value());
        g.writeNumberField("quantity", l.quantity());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("transfers");
    for (Transfer t : a.transfers()) {
      g.writeStartObject();
      g.writeStringField("from", t.from().value());
      g.writeStringField("to", t.to().value());
      g.writeStringField("sku", t.sku().value());
      g.writeNumberField("quantity", t.quantity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missing");
    for (Map.Entry<io.orderhub.core.Sku, Long> m : a.missing().entrySet()) {
      g.writeStartObject();
      g.writeStringField("sku", m.getKey().value());
      g.writeNumberField("quantity", m.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.promisedShipDate().isPresent()) {
      g.writeStringField("promisedShipDate", a.promisedShipDate().get().toString());
    }
    Explanation e = a.explanation();
    g.writeObjectFieldStart("explanation");
    g.writeStringField("destination", e.destination());
    g.writeArrayFieldStart("steps");
    for (String step : e.steps()) {
      g.writeString(step);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("candidates");
    for (CandidateExplanation c : e.candidates()) {
      g.writeStartObject();
      g.writeStringField("warehouse", c.warehouse().value());
      if (c.filter() != null) {
        g.writeStringField("filtered", c.filter().name());
      } else {
        g.writeNullField("filtered");
      }
      if (c.carrier() != null) {
        g.writeStringField("carrier", c.carrier());
      }
      g.writeNumberField("rank", c.rank());
      g.writeFieldName("total");
      g.writeNumber(round(c.total()));
      g.writeBooleanField("chosen", c.chosen());
      g.writeStringField("verdict", c.verdict());
      g.writeArrayFieldStart("factors");
      for (FactorScore f : c.factors()) {
        g.writeStartObject();
        g.writeStringField("factor", f.factor());
        g.writeFieldName("raw");
        g.writeNumber(round(f.raw()));
        g.writeFieldName("normalised");
        g.writeNumber(round(f.normalised()));
        g.writeFieldName("weight");
        g.writeNumber(round(f.weight()));
        g.writeFieldName("contribution");
        g.writeNumber(round(f.contribution()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static BigDecimal round(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
