package org.jmatu.planner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.TranslatedEnum;
import org.junit.jupiter.api.Test;

/**
 * The four bundles stay complete and in use: each has the keys of every other, every key is used by the code, every
 * translated enum constant and every menu route has its key, and no Russian, Chinese or Kazakh text keeps an
 * English word.
 *
 * <p>A key counts as used when the code names it in a string literal, or when the code names a prefix that ends in
 * a dot and builds the rest at run time: {@code "enum."} (enum labels, {@link TranslatedEnum}), {@code "menu."}
 * (menu entries by route), and prefixes completed by a constant's name or a field's ({@code "menu.group."},
 * {@code "import.column."}, {@code "calendar.conference-kind."}, {@code "compare."}, {@code "broken."}). The enum
 * and menu keys are checked against what they are built from instead (the constants and routes below).
 */
class TranslationBundlesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Map<Language, Properties> BUNDLES = Arrays.stream(Language.values())
            .collect(Collectors.toMap(Function.identity(), TranslationBundlesTest::bundle));
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.?)\"");
    /**
     * A lower-case Latin word of three letters or more that is no part of a code: not a file extension (".csv"), nor
     * a piece of a format's name ("jmatu-plan/1").
     */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![.\\w/-])[a-z]{3,}(?![\\w/-])");
    /** Latin words a Russian, Chinese or Kazakh officer writes as they are: a code's part, the CLI's commands. */
    private static final Set<String> KEPT_WORDS = Set.of("alpha", "solve", "check", "curl");

    private static final Map<Language, Properties> VALIDATION_MESSAGES = Arrays.stream(Language.values())
            .collect(Collectors.toMap(Function.identity(), language -> bundle("/ValidationMessages", language)));

    private static Properties bundle(Language language) {
        return bundle("/vaadin-i18n/translations", language);
    }

    private static Properties bundle(String base, Language language) {
        String name = language == Language.EN ? base : base + "_" + language.locale().getLanguage();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(BUNDLES.get(language).stringPropertyNames());
    }

    @Test
    void everyBundleHasTheKeysOfEveryOther() {
        Set<String> english = keys(Language.EN);
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys(language));
            Set<String> extra = new TreeSet<>(keys(language));
            extra.removeAll(english);
            assertThat(missing).as("keys missing in " + language).isEmpty();
            assertThat(extra).as("keys only in " + language).isEmpty();
            assertThat(keys(language)).as("empty texts in " + language)
                    .allSatisfy(key -> assertThat(BUNDLES.get(language).getProperty(key)).isNotBlank());
        }
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        Set<String> prefixes = literals.stream().filter(literal -> literal.endsWith(".")).collect(Collectors.toSet());
        assertThat(keys(Language.EN)).as("keys no code uses")
                .allSatisfy(key -> assertThat(literals.contains(key)
                        || prefixes.stream().anyMatch(key::startsWith)).as(key).isTrue());
    }

    @Test
    void enumKeysNameTheConstantsOfTranslatedEnums() {
        Set<String> expected = new TreeSet<>();
        for (JavaClass type : mainClasses()) {
            if (type.isEnum() && type.isAssignableTo(TranslatedEnum.class)) {
                Arrays.stream(type.reflect().getEnumConstants()).map(Enum.class::cast)
                        .forEach(constant -> expected.add(TranslatedEnum.key(type.reflect(), constant.name())));
            }
        }
        Set<String> actual = keys(Language.EN).stream().filter(key -> key.startsWith("enum."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyRouteInTheMenuHasItsName() {
        Set<String> routes = mainClasses().stream()
                .filter(type -> type.isAnnotatedWith(com.vaadin.flow.router.Menu.class))
                .map(type -> type.reflect().getAnnotation(Route.class).value())
                .map(route -> "menu." + route)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys(Language.EN)).containsAll(routes);
        Set<String> menuKeys = keys(Language.EN).stream()
                .filter(key -> key.startsWith("menu.") && !key.startsWith("menu.group."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(menuKeys).as("menu keys of routes no longer in the menu").isEqualTo(routes);
    }

    @Test
    void noRussianChineseOrKazakhTextKeepsAnEnglishWord() {
        for (Language language : Set.of(Language.RU, Language.ZH, Language.KK)) {
            Properties bundle = BUNDLES.get(language);
            assertThat(keys(language)).as(language.name()).allSatisfy(key -> {
                Matcher words = ENGLISH_WORD.matcher(bundle.getProperty(key).replaceAll("\\{[^}]*}", ""));
                while (words.find()) {
                    assertThat(KEPT_WORDS).as(key + " in " + language).contains(words.group());
                }
            });
        }
    }

    /**
     * A text with arguments goes through MessageFormat, where an apostrophe is written twice; one without is shown as
     * it stands, so a doubled apostrophe there would show doubled.
     */
    @Test
    void aTextWithoutArgumentsWritesItsApostrophesOnce() {
        for (Language language : Language.values()) {
            Properties bundle = BUNDLES.get(language);
            assertThat(keys(language)).as(language.name())
                    .filteredOn(key -> !bundle.getProperty(key).matches("(?s).*\\{\\d.*"))
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("''"));
        }
    }

    /** The entities' check messages (Bean Validation's own bundles) come in the same four languages. */
    @Test
    void everyCheckMessageIsInEveryLanguage() {
        Set<String> english = VALIDATION_MESSAGES.get(Language.EN).stringPropertyNames();
        for (Language language : Set.of(Language.RU, Language.ZH, Language.KK)) {
            Properties messages = VALIDATION_MESSAGES.get(language);
            assertThat(messages.stringPropertyNames()).as(language.name()).isEqualTo(english);
            assertThat(english).allSatisfy(key -> assertThat(ENGLISH_WORD.matcher(messages.getProperty(key)
                    .replaceAll("\\{[^}]*}", "")).find()).as(key + " in " + language).isFalse());
        }
    }

    private static java.util.Collection<JavaClass> mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jmatu.planner");
    }
}
