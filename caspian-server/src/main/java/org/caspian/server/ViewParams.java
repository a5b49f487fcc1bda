package org.caspian.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caspian.query.Granularity;
import org.caspian.query.events.EventFilter;
import org.caspian.query.workbench.DyadQuery;

/** The parameters the workbench views share, documented once and read once. */
final class ViewParams {
  static final ApiParam A = ApiParam.required("a", "string",
      "first actor: country (RUS) or code (RUSGOV)");
  static final ApiParam B = ApiParam.required("b", "string", "second actor");
  static final ApiParam BY = ApiParam.query("by", "string", "day, week or month (default month)");
  static final ApiParam MODALITY = ApiParam.query("modality", "string", "modalities counted, "
      + "repeated or comma-separated: asserted, claimed, hypothetical, planned, negated "
      + "(default asserted)");
  static final ApiParam ALL = ApiParam.query("all", "boolean", "count every modality");
  static final ApiParam FROM = ApiParam.date("from", "first day, inclusive");
  static final ApiParam TO = ApiParam.date("to", "last day, inclusive");
  static final ApiParam ACTOR = ApiParam.query("actor", "string",
      "only events with this country or actor code on either side");

  /** The dyad view parameters. */
  static final List<ApiParam> DYAD = List.of(A, B, BY, MODALITY, ALL);

  /** An optional dyad (a and b together), an actor and a date range. */
  static final List<ApiParam> EVENTS = List.of(
      ApiParam.query("a", "string", "with b: events between two actors, either direction"),
      ApiParam.query("b", "string", "the other actor of the dyad"), ACTOR, FROM, TO,
      ApiParam.query("all", "boolean", "also negated, planned and hypothetical events"));

  private ViewParams() {}

  static DyadQuery dyad(QueryParams p) {
    String by = p.text("by", null);
    return new DyadQuery(p.required("a"), p.required("b"),
        by == null ? Granularity.MONTH : Granularity.parse(by), Set.copyOf(p.list("modality")),
        p.bool("all"));
  }

  static EventFilter events(QueryParams p) {
    String a = p.text("a", null);
    String b = p.text("b", null);
    if ((a == null) != (b == null)) {
      throw new IllegalArgumentException("parameters a and b go together: give both or neither");
    }
    return new EventFilter(a, b, p.text("actor", null), p.date("from"), p.date("to"),
        p.bool("all"));
  }

  /** {@code base} followed by {@code more}. */
  static List<ApiParam> with(List<ApiParam> base, ApiParam... more) {
    List<ApiParam> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return out;
  }
}
