package org.caspian.analysis.events;

import static org.caspian.analysis.events.Fixture.actor;
import static org.caspian.analysis.events.Fixture.country;
import static org.caspian.analysis.events.Fixture.gov;
import static org.caspian.analysis.events.Fixture.institution;
import static org.caspian.analysis.events.Fixture.media;
import static org.caspian.analysis.events.Fixture.person;

import java.util.List;
import java.util.Objects;
import org.caspian.analysis.events.Fixture.Actor;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;

/** The actors of the test articles, as the actor stage would tag them, and event look-ups. */
final class Cast {
  static final Actor[] ALL = {
    country("Azerbaijan", "AZE"), country("Azerbaijani", "AZE"), country("Azerbaijanis", "AZE"),
    country("Russia", "RUS"), country("Russian", "RUS"), country("Armenia", "ARM"),
    country("Armenian", "ARM"), country("Ukraine", "UKR"), country("Ukrainian", "UKR"),
    gov("Baku", "AZEGOV"), gov("Moscow", "RUSGOV"), gov("the Kremlin", "RUSGOV"),
    gov("Yerevan", "ARMGOV"),
    new Actor("Aliyev", "AZEGOV", "AZE", ActorType.PERSON, "Ilham Aliyev"),
    new Actor("Putin", "RUSGOV", "RUS", ActorType.PERSON, "Vladimir Putin"),
    new Actor("Peskov", "RUSGOV", "RUS", ActorType.PERSON, "Dmitry Peskov"),
    new Actor("Zakharova", "RUSGOV", "RUS", ActorType.PERSON, "Maria Zakharova"),
    person("Lavrov", "RUSGOV"), person("Bayramov", "AZEGOV"), person("Mirzoyan", "ARMGOV"),
    person("Pashinyan", "ARMGOV"), person("Trump", "USAGOV"),
    person("Alexei Overchuk", "RUSGOV"), person("Zelensky", "UKRGOV"),
    institution("Russian police", "RUSCOP"), institution("Azerbaijani police", "AZECOP"),
    institution("Russian air defences", "RUSMIL"), institution("Azerbaijani forces", "AZEMIL"),
    institution("Russian peacekeepers", "RUSMIL"),
    institution("Azerbaijan's Foreign Ministry", "AZEGOV"),
    institution("Russian Foreign Ministry", "RUSGOV"),
    actor("Azerbaijan Airlines", "AZEBUS", ActorType.ORGANIZATION),
    actor("Armenian separatists", "ARMREB", ActorType.ORGANIZATION),
    media("Sputnik Azerbaijan", "RUSMED"), media("TASS", "RUSMED"), media("Interfax", "RUSMED"),
    Fixture.unresolved("Ramiz Mehdiyev"),
  };

  private Cast() {}

  /** The one event of {@code a} from {@code source} to {@code target}; fails when not exactly one. */
  static Event event(AnalyzedArticle a, String source, String target) {
    List<Event> found = a.events().stream()
        .filter(e -> e.source().code().equals(source) && e.target().code().equals(target))
        .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + source + "->" + target + " event, got "
          + describe(a.events()));
    }
    return found.get(0);
  }

  static String describe(List<Event> events) {
    StringBuilder b = new StringBuilder("[");
    for (Event e : events) {
      b.append("\n  ").append(e.source().code()).append("->").append(e.target().code())
          .append(' ').append(e.cameo()).append(' ').append(e.modality()).append(' ')
          .append(Objects.toString(e.date())).append(" \"").append(e.trigger()).append('"');
    }
    return b.append("]").toString();
  }
}
