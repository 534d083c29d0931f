package org.jmatu.planner.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium on the app, with the few moves every browser test makes: sign in, open a menu entry,
 * press a button, take a screenshot, and read what the page logged to the browser console.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private static final int SIGN_IN_ATTEMPTS = 3;

    final WebDriverWait wait;
    private final ProductionJar app;
    private final String role;
    private final List<String> consoleErrors = new ArrayList<>();

    /** {@code role} prefixes the screenshots' names ("planner-roster.png"). */
    Browser(ProductionJar app, String role) {
        this.app = app;
        this.role = role;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1600,1000");
        // keeps the browser console for consoleErrors()
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        // generous: the machine is shared, and the first pages of a freshly started jar are slow
        wait = new WebDriverWait(driver, Duration.ofMinutes(2));
    }

    /** What a test does in a browser. */
    @FunctionalInterface
    interface Walk {
        void through(Browser browser) throws Exception;
    }

    /**
     * A fresh browser on {@code app} for {@code role} (the screenshots' prefix) through {@code walk}; a failure leaves
     * a screenshot of the page as it was, {@code <role>-failure.png}.
     */
    static void walk(ProductionJar app, String role, Walk walk) throws Exception {
        try (Browser browser = new Browser(app, role)) {
            try {
                walk.through(browser);
            } catch (Exception | AssertionError failure) {
                browser.screenshot("failure");
                throw failure;
            }
        }
    }

    /**
     * Vaadin's login form keeps its native inputs in the light DOM of its text fields; Enter submits it. On a busy
     * machine the form is now and then drawn again just after the keys went in, emptied, and nothing is submitted:
     * then the page is loaded and the form filled again, up to {@value #SIGN_IN_ATTEMPTS} times.
     */
    void signIn(String username, String password) {
        WebDriverWait signedIn = new WebDriverWait(driver, Duration.ofSeconds(40));
        for (int attempt = 1; ; attempt++) {
            driver.get(app.url(""));
            WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#vaadinLoginUsername input")));
            user.sendKeys(username);
            WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
            secret.sendKeys(password);
            secret.sendKeys(Keys.ENTER);
            try {
                signedIn.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signed-in")));
                return;
            } catch (TimeoutException formDrawnAgain) {
                if (attempt == SIGN_IN_ATTEMPTS) {
                    throw formDrawnAgain;
                }
            }
        }
    }

    /** The paths of the menu's entries, in menu order. */
    List<String> menuPaths() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).toList();
    }

    /** Opens the view behind a menu entry by clicking it, and waits until the address says so. */
    void openMenu(String path) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-side-nav-item[path='" + path + "']"))).click();
        wait.until(ExpectedConditions.urlMatches("/" + path + "([?#].*)?$"));
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    List<WebElement> buttonsStartingWith(String text) {
        return driver.findElements(By.xpath("//vaadin-button[starts-with(normalize-space(.), '" + text + "')]"));
    }

    /**
     * Clicks {@code target} until {@code appears} shows: a pushed update (the last one of a stopped solve, say) may
     * redraw the target just as it is clicked, and the server then ignores the click on the element it replaced.
     */
    void clickUntil(By target, By appears) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(target).click();
            return !driver.findElements(appears).isEmpty();
        });
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The text of the newest notification, once one shows. */
    String notification() {
        return visible(By.cssSelector("vaadin-notification-card:last-of-type")).getText();
    }

    void screenshot(String name) throws Exception {
        Path target = SCREENSHOTS.resolve(role + "-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every error the browser console received since the last call, with where it came from. */
    List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
