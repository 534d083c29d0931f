package org.jmatu.planner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The views put no words of their own on the screen: in the translated packages every text a component shows comes
 * from the bundles ({@code getTranslation(key, args)}, or {@code I18n.t} outside a component). A source scan, since
 * the calls to catch take a string: a literal with a letter in it as a component's text, header, label, placeholder,
 * helper, title or notification, or an {@code @PageTitle} (a view names itself through {@code HasDynamicTitle}).
 */
class ViewTextsTest {

    private static final Path ROOT = Path.of("src/main/java/org/jmatu/planner");

    /**
     * Packages whose views are not translated yet, and only they. Shrinks as they are translated: a package that has
     * no English left fails the second test until it is taken off this list.
     */
    static final List<String> NOT_YET_TRANSLATED = List.of();

    /** A string literal with a letter in it; an address (an anchor's first argument) is no text. */
    private static final String TEXT = "\\s*\"(?!https?:)[^\"]*\\p{L}";
    private static final Pattern WORDS_ON_SCREEN = Pattern.compile(String.join("|",
            // new Button("Save"), new H2("Roster"), new ComboBox<>("Nation", ...)
            "new (Button|H[1-6]|Span|Paragraph|Div|Text|Anchor|RouterLink|ListItem|NativeLabel|Tab|Details"
                    + "|TextField|TextArea|IntegerField|NumberField|PasswordField|ComboBox|MultiSelectComboBox|Select"
                    + "|DatePicker|Checkbox|RadioButtonGroup|SideNav|SideNavItem|CrudToolbar|EditorDialog"
                    + "|UnavailabilityField|HoldingsField|ConfirmDialog)(<[^>]*>)?\\(" + TEXT,
            // field.setLabel("Name"), column.setHeader("Code"), Notification.show("Saved")
            "\\.(setText|setHeader|setHeaderTitle|setLabel|setPlaceholder|setHelperText|setTitle|setAriaLabel"
                    + "|setTooltipText|setErrorMessage|setConfirmText|setCancelText|setRejectText|asRequired|show"
                    + "|success|error|setPrefixComponent|setEmptySelectionCaption|setSubmit)\\(" + TEXT,
            // Pickers.date("From"), Pickers.choice("Role", ...)
            "Pickers\\.\\w+\\(" + TEXT,
            "@PageTitle\\("));

    @Test
    void translatedViewsSetNoTextOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : viewSources()) {
            if (!isListedUntranslated(file)) {
                found.addAll(wordsOnScreen(file));
            }
        }
        assertThat(found).as("texts not from the bundles").isEmpty();
    }

    @Test
    void theListOfUntranslatedPackagesHoldsOnlyUntranslatedOnes() throws IOException {
        for (String pkg : NOT_YET_TRANSLATED) {
            List<String> found = new ArrayList<>();
            for (Path file : viewSources()) {
                if (ROOT.relativize(file.getParent()).toString().replace('\\', '/').equals(pkg)) {
                    found.addAll(wordsOnScreen(file));
                }
            }
            assertThat(found).as(pkg + " is translated: take it off NOT_YET_TRANSLATED").isNotEmpty();
        }
    }

    /** The scan itself catches what it is meant to. */
    @Test
    void theScanFindsWordsInTheUsualPlaces() {
        assertThat(WORDS_ON_SCREEN.matcher("new Button(\"Save\", e -> save())").find()).isTrue();
        assertThat(WORDS_ON_SCREEN.matcher("grid.addColumn(X::y).setHeader(\"Code\")").find()).isTrue();
        assertThat(WORDS_ON_SCREEN.matcher("new ComboBox<>(\"Role\", Role.values())").find()).isTrue();
        assertThat(WORDS_ON_SCREEN.matcher("Notices.error(\"not saved\")").find()).isTrue();
        assertThat(WORDS_ON_SCREEN.matcher("new Span(\"%\")").find()).isFalse();
        assertThat(WORDS_ON_SCREEN.matcher("new Anchor(\"https://example.org/\" + path, text)").find()).isFalse();
        assertThat(WORDS_ON_SCREEN.matcher("new Button(getTranslation(\"editor.save\"))").find()).isFalse();
    }

    private static boolean isListedUntranslated(Path file) {
        String pkg = ROOT.relativize(file.getParent()).toString().replace('\\', '/');
        return NOT_YET_TRANSLATED.contains(pkg);
    }

    /** Every class of a {@code ui} package, and the shell's. */
    private static List<Path> viewSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.getParent().getFileName().toString().equals("ui"))
                    .sorted().toList();
        }
    }

    private static List<String> wordsOnScreen(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = WORDS_ON_SCREEN.matcher(lines.get(i));
            if (matcher.find()) {
                found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }
}
