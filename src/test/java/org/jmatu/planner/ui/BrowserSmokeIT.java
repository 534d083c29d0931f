package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the running app in headless Debian Chromium, as a planner would, and finds the demo unit's
 * establishment in the grid. Leaves a screenshot in target/screenshots for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSmokeIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1600,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aPlannerSolvesTheDemoRosterAndCalendarAndSeesTheUnitsOrgChart() throws Exception {
        try {
            // Dev mode may still be preparing the front-end bundle on a cold start: allow it time.
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(4));
            browser.get("http://localhost:" + port + "/");
            signIn(wait, "planner", "planner-demo");
            WebElement commander = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[contains(., 'Commander')]")));
            assertThat(commander.getText()).contains("Commander");
            assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Deputy Commander')]")))
                    .isNotEmpty();
            screenshot("establishment");

            menu(wait, "Roster").click();
            button(wait, "Solve").click();
            button(wait, "Stop");
            // The live best score is pushed to the page; the demo battalion fills every slot within seconds.
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//span[starts-with(normalize-space(.), '0hard/0medium/')]")));
            button(wait, "Stop").click();
            button(wait, "Solve");
            screenshot("roster");
            // published, not only saved: the org chart shows the current roster, never a draft (issue 13)
            button(wait, "Publish").click();

            menu(wait, "Org chart").click();
            wait.until(driver -> driver.findElements(By.cssSelector("jmatu-org-chart svg .unit-symbol")).size() >= 7);
            assertThat(browser.findElements(By.cssSelector("jmatu-org-chart g.company"))).hasSize(6);
            assertThat(browser.findElements(By.cssSelector("jmatu-org-chart g.post[data-post='CDR']"))).hasSize(1);
            // The published roster's holders are on the chart: no post of the demo battalion is vacant.
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//span[contains(., 'published roster') and contains(., ' 0 vacant posts')]")));
            screenshot("org-chart");

            menu(wait, "Exercise calendar").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".calendar-timeline")));
            button(wait, "Solve").click();
            button(wait, "Stop");
            // The best calendar so far is pushed to the page while the solver runs.
            wait.until(driver -> driver.findElements(By.cssSelector(".calendar-bar")).size() >= 6);
            screenshot("calendar");
        } catch (RuntimeException | AssertionError failure) {
            screenshot("failure");
            throw failure;
        }
    }

    private static WebElement button(WebDriverWait wait, String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    /** Vaadin's login form keeps its native inputs in the light DOM of its text fields; Enter submits it. */
    private void signIn(WebDriverWait wait, String username, String password) throws Exception {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        screenshot("login");
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signed-in")));
    }

    private static WebElement menu(WebDriverWait wait, String title) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + title + "']")));
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
