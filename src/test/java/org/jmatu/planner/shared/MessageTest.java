package org.jmatu.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message is put into words where it is read: English in files and logs, the reader's language in a view. */
class MessageTest {

    private final Message gap = Message.of("gap.reason", Message.of("phrase.or", List.of("RUS"), "USA"), "OF-4",
            "J4", "Chief Logistics", List.of("LOGISTICS", Message.of("gap.english", 3)), LocalDate.of(2028, 6, 17),
            LocalDate.of(2028, 12, 31), Message.of("gap.no-nominee"));

    @Test
    void englishIsTheSameWhoeverReadsIt() {
        String english = "RUS or USA must nominate an OF-4 for J4 Chief Logistics (LOGISTICS, English 3) available"
                + " from 2028-06-17 to 2028-12-31: no eligible nominee";
        assertThat(gap.english()).isEqualTo(english);
        assertThat(gap.text()).as("outside a UI").isEqualTo(english);
        assertThat(I18n.in(Language.ZH, gap::english)).isEqualTo(english);
        assertThat(gap).hasToString(english);
    }

    @Test
    void aReaderGetsNestedPartsListsAndDatesInTheirLanguage() {
        assertThat(I18n.in(Language.RU, gap::text)).isEqualTo("RUS или USA должна выдвинуть кандидата в звании OF-4"
                + " на должность J4 Chief Logistics (LOGISTICS, английский 3), доступного с 17.06.2028 по 31.12.2028:"
                + " нет подходящих кандидатов");
        assertThat(I18n.in(Language.ZH, gap::text)).startsWith("RUS或USA须为J4 Chief Logistics提名一名OF-4军官（LOGISTICS，英语3级）")
                .contains("2028-06-17");
    }

    @Test
    void aChainJoinsPairByPairAndOneItemStandsAlone() {
        assertThat(Message.chain("phrase.and", List.of())).isEqualTo("");
        assertThat(Message.chain("phrase.and", List.of("A"))).isEqualTo("A");
        assertThat(String.valueOf(Message.chain("phrase.and", List.of("A", "B", "C")))).isEqualTo("A and B and C");
        assertThat(I18n.in(Language.KK, () -> Message.chainOf("phrase.semicolon",
                List.of(Message.of("why.nobody"), Message.of("why.nobody"))).text())).isEqualTo("ешкім; ешкім");
    }

    @Test
    void aMissingValueReadsAsNothing() {
        assertThat(Message.of("ics.host", (Object) null).english()).isEqualTo("Host: ");
    }

    @Test
    void theLanguageChosenForAWorkEndsWithIt() {
        assertThat(I18n.in(Language.RU, () -> I18n.in(Language.ZH, I18n::language))).isEqualTo(Language.ZH);
        assertThat(I18n.in(Language.RU, I18n::language)).isEqualTo(Language.RU);
        assertThat(I18n.language()).isEqualTo(Language.EN);
    }

    @Test
    void anAcceptLanguageHeaderPicksTheFirstOfOurs() {
        assertThat(Language.ofAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.ofAcceptLanguage("fr-FR, kk;q=0.7, ru;q=0.5")).isEqualTo(Language.KK);
        assertThat(Language.ofAcceptLanguage("ru;q=0, en")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("*")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage(null)).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage(";;;")).isEqualTo(Language.EN);
    }
}
