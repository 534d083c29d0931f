package org.jmatu.planner.planning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Every constraint the providers name has its display name in every language: a scan of the providers' sources for
 * {@code asConstraint("…")}, since a provider names its constraints only when a solver builds it.
 */
class ConstraintNamesTest {

    private static final Pattern NAME = Pattern.compile("asConstraint\\(\"([^\"]+)\"\\)");
    private static final List<Path> PROVIDERS = List.of(
            Path.of("src/main/java/org/jmatu/planner/planning/rotation/solver/RotationConstraintProvider.java"),
            Path.of("src/main/java/org/jmatu/planner/planning/calendar/solver/CalendarConstraintProvider.java"));

    @Test
    void everyConstraintHasItsNameInEveryLanguage() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path provider : PROVIDERS) {
            Matcher matcher = NAME.matcher(Files.readString(provider));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        assertThat(names).hasSizeGreaterThan(30);
        for (String name : names) {
            assertThat(I18n.translate(Locale.ENGLISH, ConstraintNames.key(name))).as(name).isEqualTo(name);
            for (Language language : Language.values()) {
                assertThat(I18n.translate(language.locale(), ConstraintNames.key(name))).as(name + " in " + language)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void aViewShowsTheNameInTheReadersLanguage() {
        assertThat(I18n.in(Language.RU, () -> ConstraintNames.display("Tour limit")))
                .isEqualTo("Предельный срок пребывания на должности");
        assertThat(ConstraintNames.display("Tour limit")).isEqualTo("Tour limit");
    }
}
