package org.jmatu.planner.shared;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interface languages, each with its locale and the way its officers write a date. English is the unit's
 * working language and the fallback wherever no one has chosen.
 */
public enum Language {
    EN(Locale.ENGLISH, "yyyy-MM-dd", "English"),
    RU(Locale.of("ru"), "dd.MM.yyyy", "Русский"),
    ZH(Locale.SIMPLIFIED_CHINESE, "yyyy-MM-dd", "中文"),
    KK(Locale.of("kk"), "dd.MM.yyyy", "Қазақша");

    /** The nations whose officers read Russian at work besides their own language. */
    private static final Set<String> RUSSIAN_READING = Set.of("RUS", "KGZ", "UZB", "TJK");

    private final Locale locale;
    private final String datePattern;
    private final String nativeName;

    Language(Locale locale, String datePattern, String nativeName) {
        this.locale = locale;
        this.datePattern = datePattern;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The pattern for a date alone, as in grids, forms and pickers (dd.MM.yyyy in Russian and Kazakh). */
    public String datePattern() {
        return datePattern;
    }

    public DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(datePattern, locale);
    }

    /** The language's name in itself, as the chooser offers it, so each reader finds their own. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language of a locale, by its language only (zh_TW reads as zh); English for any other. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return Arrays.stream(values()).filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(EN);
    }

    /**
     * The language an HTTP client asks for in its {@code Accept-Language} header ("zh-CN,zh;q=0.9,en;q=0.8"): the
     * first of ours by the client's preference, by language only; English without the header, for a header that
     * names none of ours, and for one that cannot be read.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange()).getLanguage())
                    .flatMap(code -> Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(code)))
                    .findFirst().orElse(EN);
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
    }

    /** The language a new account of this nation starts in; English for the other nations and for none. */
    public static Language forNation(String nationCode) {
        if (nationCode == null) {
            return EN;
        }
        return switch (nationCode) {
            case "KAZ" -> KK;
            case "CHN" -> ZH;
            default -> RUSSIAN_READING.contains(nationCode) ? RU : EN;
        };
    }
}
