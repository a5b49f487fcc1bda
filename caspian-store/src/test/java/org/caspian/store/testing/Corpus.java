package org.caspian.store.testing;

import static org.caspian.store.testing.TestArticles.article;
import static org.caspian.store.testing.TestArticles.ev;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Modality;

/**
 * Four hand-written articles with known events, shared by query and server tests.
 *
 * <p>Asserted Russia–Azerbaijan events (either direction), by day: 2025-06-27 one (quad 4, -5.0);
 * 2025-06-30 two (quad 3, -2.0 and -5.0); 2025-07-01 one (quad 3, -2.0); 2025-07-15 two (quad 1,
 * 1.0 and quad 2, 7.4). Not asserted: a planned meeting on 2025-06-30 (quad 1, 4.0) and a negated
 * cut on 2025-07-01 (quad 4, -4.0). One Russia–Armenia and one Armenia–Azerbaijan event on
 * 2025-07-02. The Armenpress article holds markup-like text to check escaping.
 */
public final class Corpus {
  private Corpus() {}

  public static final LocalDate JUNE_27 = LocalDate.of(2025, 6, 27);

  public static AnalyzedArticle tass() {
    return article("tass-1", "Moscow protests detention of Russian citizens in Baku", "TASS",
        LocalDate.of(2025, 6, 30),
        List.of("The Russian foreign ministry protested the detention of Russian citizens in Baku.",
            "Maria Zakharova said Moscow expects an explanation from the Azerbaijani side.",
            "Russian officials will meet the ambassador of Azerbaijan next week."),
        List.of(
            ev("The Russian foreign ministry protested the detention of Russian citizens in Baku.",
                "protested", "RUSGOV", "AZEGOV", "111", -2.0, 3),
            ev("Maria Zakharova said Moscow expects an explanation from the Azerbaijani side.",
                "expects an explanation", "RUSGOV", "AZEGOV", "100", -5.0, 3),
            ev("Russian officials will meet the ambassador of Azerbaijan next week.", "will meet",
                "RUSGOV", "AZEGOV", "036", 4.0, 1, Modality.PLANNED, null)));
  }

  public static AnalyzedArticle trend() {
    return article("trend-1", "Baku summons Russian ambassador after raids in Yekaterinburg",
        "Trend", LocalDate.of(2025, 7, 1),
        List.of("Azerbaijan's foreign ministry summoned the Russian ambassador on Tuesday.",
            "Russian police detained several Azerbaijani citizens in Yekaterinburg on June 27.",
            "Baku did not cancel the cultural festival planned for the autumn."),
        List.of(
            ev("Azerbaijan's foreign ministry summoned the Russian ambassador on Tuesday.",
                "summoned", "AZEGOV", "RUSGOV", "111", -2.0, 3),
            ev("Russian police detained several Azerbaijani citizens in Yekaterinburg on June 27.",
                "detained", "RUSPOL", "AZE", "173", -5.0, 4, Modality.ASSERTED, JUNE_27),
            ev("Baku did not cancel the cultural festival planned for the autumn.", "cancel",
                "AZEGOV", "RUS", "161", -4.0, 4, Modality.NEGATED, null)));
  }

  public static AnalyzedArticle apa() {
    return article("apa-1", "Aliyev and Putin discuss the gas pipeline by phone", "APA",
        LocalDate.of(2025, 7, 15),
        List.of("Ilham Aliyev and Vladimir Putin held a phone call on the gas pipeline.",
            "Russia delivered a batch of humanitarian aid to Azerbaijan."),
        List.of(
            ev("Ilham Aliyev and Vladimir Putin held a phone call on the gas pipeline.",
                "held a phone call", "AZEGOV", "RUSGOV", "040", 1.0, 1),
            ev("Russia delivered a batch of humanitarian aid to Azerbaijan.", "delivered",
                "RUSGOV", "AZEGOV", "073", 7.4, 2)));
  }

  public static AnalyzedArticle armenpress() {
    return article("armenpress-1", "Yerevan & Baku exchange draft texts of the peace treaty",
        "Armenpress", LocalDate.of(2025, 7, 2),
        List.of("Armenia and Azerbaijan exchanged proposals on the peace treaty.",
            "Moscow offered to host the next round of talks.",
            "The draft <b>text</b> was not published."),
        List.of(
            ev("Armenia and Azerbaijan exchanged proposals on the peace treaty.", "exchanged",
                "ARMGOV", "AZEGOV", "046", 7.0, 1),
            ev("Moscow offered to host the next round of talks.", "offered to host", "RUSGOV",
                "ARMGOV", "030", 4.0, 1)));
  }

  /** All four, oldest first. */
  public static List<AnalyzedArticle> all() {
    return List.of(tass(), trend(), armenpress(), apa());
  }
}
