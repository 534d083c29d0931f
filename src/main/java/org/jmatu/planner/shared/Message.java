package org.jmatu.planner.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A sentence a service, solver or import writes for a person, kept as its bundle key and arguments so it is put
 * into words where it is read: in the reader's language in a view ({@link #text()}), in English in files, the
 * command line and logs ({@link #english()}). An argument that is itself a message, a list, a date or a
 * translated code ({@link TranslatedEnum}) is put into words in the same language (a date in English as
 * 2028-06-17, in Russian as 17.06.2028). Numbers are formatted as the language writes them, so a code or a year
 * goes in as text.
 */
public record Message(String key, List<Object> args) {

    public Message {
        // an argument may be null (a value the data lacks): it reads as nothing
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /**
     * Items joined pair by pair by {@code pairKey} ("phrase.and": "{0} and {1}"), so "a", "a and b", "a and b and
     * c": the item alone for one, a message for more, nothing for none.
     */
    public static Object chain(String pairKey, List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        Object sentence = items.getFirst();
        for (Object item : items.subList(1, items.size())) {
            sentence = of(pairKey, sentence, item);
        }
        return sentence;
    }

    /** {@link #chain} of at least one message, which is a message. */
    public static Message chainOf(String pairKey, List<Message> items) {
        return (Message) chain(pairKey, items);
    }

    /** In the language of the thread's reader ({@link I18n#locale()}): the UI's, or English outside one. */
    public String text() {
        return in(I18n.locale());
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    public String in(Locale locale) {
        return I18n.translate(locale, key, args.stream().map(arg -> word(arg, locale)).toArray());
    }

    private static Object word(Object arg, Locale locale) {
        return switch (arg) {
            case Message message -> message.in(locale);
            case TranslatedEnum translated -> I18n.translate(locale, TranslatedEnum.key(translated.getClass(),
                    translated.name()));
            // items or reasons within one sentence, joined as the language joins them (", ", "，")
            case List<?> list -> list.stream().map(item -> word(item, locale)).map(String::valueOf)
                    .collect(Collectors.joining(I18n.translate(locale, "message.list")));
            case LocalDate date -> Language.of(locale).dateFormat().format(date);
            case null -> "";
            default -> arg;
        };
    }

    /** The English sentence, as logs and exception messages carry it. */
    @Override
    public String toString() {
        return english();
    }
}
