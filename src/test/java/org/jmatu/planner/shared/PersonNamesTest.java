package org.jmatu.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page shows the native-script form of a name only in a language written in that script. */
class PersonNamesTest {

    @Test
    void cyrillicShowsOnRussianAndKazakhPages() {
        for (Language language : new Language[] {Language.RU, Language.KK}) {
            assertThat(PersonNames.shown("Dana Bekova", "Дана Бекова", language)).isEqualTo("Дана Бекова");
            // Tajik letters are Cyrillic too
            assertThat(PersonNames.shown("Jamshed Hakimov", "Ҷамшед Ҳакимов", language)).isEqualTo("Ҷамшед Ҳакимов");
        }
        assertThat(PersonNames.shown("Dana Bekova", "Дана Бекова", Language.ZH)).isEqualTo("Dana Bekova");
        assertThat(PersonNames.shown("Dana Bekova", "Дана Бекова", Language.EN)).isEqualTo("Dana Bekova");
    }

    @Test
    void chineseCharactersShowOnChinesePagesOnly() {
        assertThat(PersonNames.shown("Zhang Wei", "张伟", Language.ZH)).isEqualTo("张伟");
        assertThat(PersonNames.shown("Zhang Wei", "张伟", Language.RU)).isEqualTo("Zhang Wei");
        assertThat(PersonNames.shown("Zhang Wei", "张伟", Language.EN)).isEqualTo("Zhang Wei");
    }

    @Test
    void noNativeFormOrOneInLatinLettersShowsTheLatinName() {
        for (Language language : Language.values()) {
            assertThat(PersonNames.shown("Jordan Avery", null, language)).isEqualTo("Jordan Avery");
            assertThat(PersonNames.shown("Jordan Avery", "  ", language)).isEqualTo("Jordan Avery");
            assertThat(PersonNames.shown("Jordan Avery", "Jordan Avery Jr.", language)).isEqualTo("Jordan Avery");
        }
    }

    @Test
    void theScriptIsThatOfTheFirstLetterNotOfLeadingMarks() {
        assertThat(PersonNames.readers("«Дана»")).containsExactlyInAnyOrder(Language.RU, Language.KK);
        assertThat(PersonNames.readers(" 张伟")).containsExactly(Language.ZH);
        assertThat(PersonNames.shown("Dana Bekova", "  Дана Бекова ", Language.KK)).isEqualTo("Дана Бекова");
    }

    @Test
    void outsideAPageTheNameIsTheLatinOne() {
        assertThat(PersonNames.shown("Zhang Wei", "张伟")).isEqualTo("Zhang Wei");
    }
}
