package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Force sourcing in the production jar and headless Chromium: a planner publishes a roster, which asks the nations
 * for its open slots; Kyrgyzstan's liaison officer answers one of their requests in the app (an eligible nominee
 * offered, or a decline with a reason where none is eligible); the planner's board then shows the answer and the fill
 * rate chart (the README's screenshot, target/screenshots/planner-sourcing-board-answered.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcingBrowserIT {

    @RegisterExtension
    static final ProductionJar app = new ProductionJar();

    @Test
    @Order(1)
    void aPlannerPublishesARosterAndItsOpenSlotsBecomeRequests() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.openMenu("roster");
            browser.visible(By.cssSelector("span.roster-score"));
            browser.button("Publish").click();
            assertThat(browser.notification()).containsIgnoringCase("published");
            browser.openMenu("sourcing-requests");
            browser.visible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Open']"));
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(2)
    void kyrgyzstansLiaisonOfficerAnswersARequestForTheirNation() throws Exception {
        // the officer reads the app in Russian, their account's language: the walk goes by classes, not words
        Browser.walk(app, "liaison", browser -> {
            browser.signIn("liaison-kgz", "liaison-kgz-demo");
            browser.visible(By.cssSelector("vaadin-button.notification-bell"));
            browser.openMenu("sourcing-requests");
            browser.visible(By.xpath("//p[contains(., 'KGZ')]"));
            browser.visible(By.cssSelector("vaadin-button.answer-request")).click();
            browser.visible(By.cssSelector("vaadin-button.decline-request"));
            browser.screenshot("answer");
            var offers = browser.driver.findElements(By.cssSelector("vaadin-button[class^='offer-']"));
            if (offers.isEmpty()) {
                // the field sits at the foot of a scrolling dialog: bring it into view, focus it, type
                WebElement reason = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-text-area")));
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                        + " arguments[0].focus();", reason);
                new Actions(browser.driver).sendKeys("No qualified officer before the period starts").perform();
                browser.visible(By.cssSelector("vaadin-button.decline-request")).click();
            } else {
                offers.getFirst().click();
            }
            WebElement notice = browser.visible(By.cssSelector("vaadin-notification-card:last-of-type"));
            assertThat(notice.getText()).isNotBlank();
            assertThat(String.valueOf(notice.getDomAttribute("theme"))).as(notice.getText()).contains("success");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("vaadin-button.decline-request")));
            browser.screenshot("answered");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    @Order(3)
    void thePlannersBoardShowsTheAnswerAndTheFillRateChart() throws Exception {
        Browser.walk(app, "planner", browser -> {
            browser.signIn("planner", "planner-demo");
            browser.openMenu("sourcing-board");
            browser.visible(By.cssSelector(".fill-rate-chart svg"));
            assertThat(browser.driver.findElements(By.cssSelector(".fill-rate-chart g.nation-bar"))).hasSize(7);
            browser.screenshot("sourcing-board-answered");
            // the summary counts the liaison officer's answer ("…, 1 offered, …" or "…, 1 declined")
            assertThat(browser.visible(By.xpath("//p[contains(., ' open, ')]")).getText())
                    .containsAnyOf(" 1 offered,", " 1 declined");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }
}
