package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 18 in the production jar: a planner adds a growth phase and moves it along the timeline, and the strength
 * charts follow; the commander opens burden sharing from the org chart and reads its charts; a planner prices housing
 * higher in the cost model and the year costs more; a planner reads the housing loads. Screenshots in
 * target/screenshots ({@code planner-growth-timeline.png}, {@code commander-burden-sharing-from-org-chart.png},
 * {@code planner-burden-sharing-cost-model.png}, {@code planner-housing-loads.png});
 * no view may log an error to the browser console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrowthBrowserIT {

    @RegisterExtension
    static final ProductionJar app = new ProductionJar();

    @Test
    @Order(1)
    void aPlannerAddsAPhaseAndMovesItAlongTheTimeline() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.openMenu("growth");
            browser.visible(By.cssSelector(".phase-timeline"));
            browser.button("New phase").click();
            WebElement name = browser.visible(By.xpath("//vaadin-text-field[label[normalize-space(.)='Phase name']]"))
                    .findElement(By.cssSelector("input"));
            name.sendKeys("Reinforced battalion");
            WebElement sections = browser.visible(
                    By.xpath("//vaadin-multi-select-combo-box[label[normalize-space(.)='Sections it brings in']]"))
                    .findElement(By.cssSelector("input"));
            sections.sendKeys("Signal");
            browser.visible(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='Signal']")).click();
            sections.sendKeys(Keys.ESCAPE);
            browser.button("Save").click();
            browser.visible(By.cssSelector(".phase-bar[data-phase='Reinforced battalion']"));

            for (int period = 1; period <= 2; period++) {
                String left = barLeft(browser);
                browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
                    driver.findElement(By.cssSelector(".phase-bar .phase-later")).click();
                    return true;
                });
                browser.wait.ignoring(StaleElementReferenceException.class)
                        .until(driver -> !barLeft(browser).equals(left));
            }
            // six periods: the phase now starts with the third (2028-H1), a third of the way along
            assertThat(Double.parseDouble(barLeft(browser))).isCloseTo(100.0 / 3,
                    org.assertj.core.api.Assertions.within(0.01));
            List<WebElement> columns = browser.driver.findElements(
                    By.cssSelector(".growth-posts-by-nation ." + BarChart.COLUMN));
            assertThat(columns).hasSize(6);
            browser.screenshot("growth-timeline");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(2)
    void theCommanderOpensBurdenSharingFromTheOrgChart() throws Exception {
        Browser.walk(app, "commander", browser -> {
            browser.signIn("commander", "commander-demo");
            browser.openMenu("org-chart");
            browser.visible(By.cssSelector("vaadin-button.burden-sharing-link")).click();
            browser.wait.until(ExpectedConditions.urlMatches("/burden-sharing([?#].*)?$"));
            browser.visible(By.cssSelector(".burden-share-bars"));
            browser.wait.until(driver -> driver.findElements(
                    By.cssSelector(".burden-contributions ." + BarChart.COLUMN)).size() == 7);
            // nothing is published in a fresh jar: the garrisons' nations carry the housing
            assertThat(browser.driver.findElements(By.cssSelector(".burden-contributions ." + BarChart.SEGMENT)))
                    .isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid")).size()).isPositive();
            browser.screenshot("burden-sharing-from-org-chart");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(3)
    void aPlannerPricesHousingHigherInTheCostModelAndTheYearCostsMore() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.openMenu("burden-sharing");
            browser.visible(By.cssSelector(".burden-note"));
            browser.wait.until(driver -> !note(browser).isBlank());
            String before = note(browser);
            WebElement price = browser.visible(By.xpath(
                    "//vaadin-number-field[label[normalize-space(.)='Per housing place-month']]"))
                    .findElement(By.cssSelector("input"));
            price.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2000", Keys.TAB);
            WebElement save = browser.driver.findElement(By.cssSelector("vaadin-button.save-cost-model"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
            save.click();
            assertThat(browser.notification()).contains("Cost model saved");
            // nothing is published in a fresh jar: the year's total is the housing, now priced higher
            browser.wait.until(driver -> !note(browser).isBlank() && !note(browser).equals(before));
            assertThat(total(note(browser))).isGreaterThan(total(before));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                    browser.driver.findElement(By.cssSelector(".cost-model-editor")));
            browser.screenshot("burden-sharing-cost-model");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(4)
    void aPlannerReadsThePlacesNeededAgainstThePlacesInHousing() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.openMenu("housing");
            browser.wait.until(driver -> !driver.findElements(
                    By.cssSelector(".housing-load ." + BarChart.COLUMN)).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid")).size()).isPositive();
            browser.screenshot("housing-loads");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    /** The burden note's text, wherever the page is scrolled (Selenium's visible text is empty off screen). */
    private static String note(Browser browser) {
        return browser.driver.findElement(By.cssSelector(".burden-note")).getDomProperty("textContent");
    }

    /** The money the burden note ends with ("… total 1,234,567."), as a number. */
    private static long total(String note) {
        Matcher money = Pattern.compile("[0-9][0-9,]*").matcher(note);
        String last = null;
        while (money.find()) {
            last = money.group();
        }
        assertThat(last).as("a figure in the note '%s'", note).isNotNull();
        return Long.parseLong(last.replace(",", ""));
    }

    /** The bar's left edge as its style puts it: the share of the horizon before the phase's first period. */
    private static String barLeft(Browser browser) {
        String style = browser.driver.findElement(By.cssSelector(".phase-bar[data-phase='Reinforced battalion']"))
                .getDomAttribute("style");
        return style.replaceAll("(?s).*left: ([0-9.]+)%.*", "$1");
    }
}
