package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The production jar, as users get it, in headless Debian Chromium, signed in as each role in turn: every view of
 * the menu (a screenshot of each in target/screenshots), the data-set chooser, and the planner's day: a roster
 * solve with its live score, a hand edit, the exercise timeline, a delete refused because a saved plan uses the
 * record, and the conflict dialog of two people editing one post. No view may log an error to the browser console.
 *
 * <p>The planner goes first: the roster draft they save is what the refused delete and the other roles see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserSmokeIT {

    private static final By TITLE_FIELD = textField("Title");

    @RegisterExtension
    static final ProductionJar app = new ProductionJar();

    @Test
    @Order(1)
    void aPlannerSolvesEditsAndIsRefusedADeleteThatWouldBreakTheSavedRoster() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.visible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Deputy Commander']"));
            assertTheDataSetChooserOffers(browser, "Demo unit");

            browser.openMenu("roster");
            WebElement score = browser.visible(By.cssSelector("span.roster-score"));
            String before = score.getText();
            browser.button("Solve").click();
            browser.button("Stop");
            // the live best roster is pushed to the page while the solver runs, its score in words
            browser.wait.until(driver -> score.getText().contains("slots filled") && !score.getText().equals(before));
            browser.button("Stop").click();
            browser.button("Solve");
            // a hand edit: pin the commander's first period
            browser.clickUntil(By.id("cell-CDR@1"), By.xpath("//vaadin-button[normalize-space(.)='Pin']"));
            browser.button("Pin").click();
            browser.visible(By.cssSelector("[id='cell-CDR@1'] vaadin-icon.pinned"));
            browser.button("Save draft").click();

            browser.openMenu("calendar");
            browser.button("Solve").click();
            browser.button("Stop");
            browser.wait.until(driver -> driver.findElements(By.cssSelector(".calendar-bar")).size() >= 6);
            browser.button("Stop").click();
            browser.button("Solve");
            selectTwoExercisesOnTheTimeline(browser);

            visitEveryView(browser);

            browser.openMenu("posts");
            browser.visible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Commander']")).click();
            browser.button("Delete").click();
            // the confirm dialog's own button; its overlay and header live in shadow DOM
            browser.visible(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
            assertThat(browser.notification()).contains("cannot be deleted").contains("roster v1");
            browser.screenshot("refused-delete");
            // Escape, since the refusal's notification covers the footer; nothing was changed, so it just closes
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(TITLE_FIELD));

            overwriteAfterSomeoneElseChangedThePost(browser);
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(2)
    void theCommanderReadsEveryViewAndIsOfferedNoEditing() throws Exception {
        Browser.walk(app, "commander", browser -> {
            browser.signIn("commander", "commander-demo");
            assertTheDataSetChooserOffers(browser, "Demo unit");
            visitEveryView(browser);
            browser.openMenu("personnel");
            assertThat(browser.buttonsStartingWith("New")).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(3)
    void theAdministratorLandsOnTheAccounts() throws Exception {
        Browser.walk(app, "admin", browser -> {
            browser.signIn("admin", "admin-demo");
            browser.wait.until(ExpectedConditions.urlContains("/accounts"));
            assertThat(browser.buttonsStartingWith("New post")).isEmpty();
            visitEveryView(browser);
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(4)
    void aLiaisonOfficerSeesTheirViewsAndAPlannerOnlyAddressIsRefusedInsideTheApp() throws Exception {
        Browser.walk(app, "liaison", browser -> {
            browser.signIn("liaison-usa", "liaison-usa-demo");
            assertThat(browser.driver.getCurrentUrl()).doesNotEndWith("/posts");
            assertThat(browser.buttonsStartingWith("New post")).isEmpty();
            visitEveryView(browser);

            browser.driver.get(app.url("roster"));
            browser.visible(By.xpath("//p[contains(., 'may not open this page')]"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).isNotEmpty();
            browser.screenshot("access-denied");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    /** Runs a role's walk through the app, leaving a screenshot of the page where it failed, if it does. */

    private static void visitEveryView(Browser browser) throws Exception {
        List<String> paths = browser.menuPaths();
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            browser.openMenu(path);
            browser.wait.until(driver -> driver.findElements(By.xpath("//*[contains(., 'Could not navigate')]")).isEmpty());
            browser.screenshot(path);
            assertThat(browser.consoleErrors()).as("browser console on " + path).isEmpty();
        }
    }

    /** Issue 15, defect 3: the chooser is a real select (its component is in the production bundle) listing the data sets. */
    private static void assertTheDataSetChooserOffers(Browser browser, String dataSet) {
        // every sign-in used to log "Cannot read properties of undefined (reading 'initLazy')" for it
        assertThat(browser.consoleErrors()).as("browser console after signing in").isEmpty();
        browser.visible(By.cssSelector("vaadin-select.data-set-chooser")).click();
        browser.visible(By.xpath("//vaadin-select-item[normalize-space(.)='" + dataSet + "']")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-select-overlay")));
    }

    /** Selecting an exercise leaves the timeline its height, so that another one can be picked. */
    private static void selectTwoExercisesOnTheTimeline(Browser browser) throws Exception {
        // read afresh until no pushed redraw replaces the bars in between
        List<String> exercises = browser.wait.ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.cssSelector(".calendar-bar")).stream()
                        .map(bar -> bar.getDomAttribute("data-exercise")).toList());
        for (String exercise : exercises.subList(0, 2)) {
            browser.clickUntil(By.cssSelector(".calendar-bar[data-exercise='" + exercise + "']"),
                    By.xpath("//h3[starts-with(normalize-space(.), '" + exercise + "')]"));
            assertThat(browser.driver.findElement(By.cssSelector(".calendar-timeline")).getSize().getHeight())
                    .as("timeline height after selecting " + exercise).isGreaterThan(100);
        }
        browser.screenshot("calendar-selected");
    }

    /**
     * Two tabs edit the Deputy Commander's post: the other tab changes the title and saves first; this one changes
     * the key-post group, gets the conflict dialog and overwrites with its own change, which keeps the other's title.
     */
    private static void overwriteAfterSomeoneElseChangedThePost(Browser browser) throws Exception {
        String mine = browser.driver.getWindowHandle();
        openPost(browser, "Deputy Commander");
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.driver.get(app.url("posts"));
        openPost(browser, "Deputy Commander");
        type(browser, "Title", "Deputy Commander (operations)");
        browser.button("Save").click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(TITLE_FIELD));
        browser.driver.close();
        browser.driver.switchTo().window(mine);

        type(browser, "Key-post group", "COMMAND");
        browser.button("Save").click();
        browser.visible(By.xpath("//p[contains(., 'Your save was not stored')]"));
        browser.screenshot("conflict-dialog");
        browser.button("Overwrite with mine").click();
        openPost(browser, "Deputy Commander (operations)");
        assertThat(field(browser, "Key-post group").getDomProperty("value")).isEqualTo("COMMAND");
        browser.button("Cancel").click();
    }

    private static void openPost(Browser browser, String title) {
        browser.visible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']")).click();
        // the form's fields are in the light DOM, unlike the dialog's overlay
        browser.visible(TITLE_FIELD);
    }

    /** A text field by its label, which Vaadin renders as a slotted label element in the light DOM. */
    private static By textField(String label) {
        return By.xpath("//vaadin-text-field[label[normalize-space(.)='" + label + "']]");
    }

    private static WebElement field(Browser browser, String label) {
        return browser.visible(textField(label)).findElement(By.cssSelector("input"));
    }

    private static void type(Browser browser, String label, String text) {
        WebElement input = field(browser, label);
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }
}
