package org.jmatu.planner.shared;

import java.lang.Character.UnicodeScript;
import java.util.Optional;
import java.util.Set;

/**
 * Which form of a person's name a reader sees. A person has a name in Latin letters and may have a native-script
 * form beside it (Cyrillic, Chinese characters); a page in a language written in that script shows the native
 * form, every other page the Latin one. The script is read off the native form itself, so a Kazakh officer's
 * Cyrillic name shows on Russian pages too, and a native form in a script no interface language uses never shows.
 * Every view that shows a person's name asks here.
 */
public final class PersonNames {

    /** Longest native-script form, as long as the Latin name may be. */
    public static final int MAX_LENGTH = 120;

    private PersonNames() {
    }

    /** The name as the current page's reader reads it (English, so the Latin form, outside a page). */
    public static String shown(String name, String nativeName) {
        return shown(name, nativeName, I18n.language());
    }

    public static String shown(String name, String nativeName, Language language) {
        return readers(nativeName).contains(language) ? nativeName.strip() : name;
    }

    /** The languages written in the script of {@code nativeName}; none for a blank one or a Latin one. */
    static Set<Language> readers(String nativeName) {
        return script(nativeName).map(script -> switch (script) {
            case CYRILLIC -> Set.of(Language.RU, Language.KK);
            case HAN -> Set.of(Language.ZH);
            default -> Set.<Language>of();
        }).orElse(Set.of());
    }

    /** The script of the first letter, which is the script of a name written in one (spaces, dots, hyphens aside). */
    private static Optional<UnicodeScript> script(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst();
    }
}
