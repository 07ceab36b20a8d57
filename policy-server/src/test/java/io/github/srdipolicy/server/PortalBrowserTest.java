package io.github.srdipolicy.server;

import static io.github.srdipolicy.server.TestServer.postJson;
import static io.github.srdipolicy.server.TestServer.sampleJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal page in a real browser (Debian's headless Chromium through Selenium WebDriver): a firm
 * in Jiaohe answers the questionnaire from the bundled sample and the page must show the outcomes
 * the API gives for the whole sample. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Needs {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Without
 * them the tests are skipped, unless {@code -Dbrowser.required=true} (as CI runs) makes that a
 * failure.
 */
class PortalBrowserTest {
  private ChromeDriver driver;

  private ChromeDriver start(int width, int height) throws IOException {
    Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    if (!Boolean.getBoolean("browser.required")) {
      Assumptions.assumeTrue(
          present, "chromium and chromium-driver are not installed: browser tests skipped");
    }
    assertTrue(
        present, "browser.required=true but " + chromium + " or " + chromedriver + " is missing");
    Path profile = Files.createTempDirectory("portal-chromium");
    profile.toFile().deleteOnExit();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height,
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private void open() {
    driver.get(TestServer.base() + "/");
    waiting()
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  private void choose(String selectId, String code) {
    waiting()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return [...document.getElementById(arguments[0]).options].some(o => o.value === arguments[1]);",
                            selectId,
                            code));
    new Select(driver.findElement(By.id(selectId))).selectByValue(code);
  }

  private void setDate(WebElement input, String date) {
    // Date inputs take keyboard input in the browser's locale; the value property is the ISO date.
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
            input,
            date);
  }

  private void placeJiaohe(JsonNode sample) {
    choose("province", "220000");
    choose("city", "220200");
    choose("county", "220281");
    setDate(driver.findElement(By.id("asof")), sample.get("asOf").asText());
    waiting().until(d -> "220281".equals(d.findElement(By.id("held")).getDomAttribute("data-for")));
    for (JsonNode held : sample.get("tiers")) {
      String tier = held.get("tier").asText();
      WebElement box =
          driver.findElement(
              By.cssSelector("#held-list input[type=checkbox][data-tier='" + tier + "']"));
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
      driver.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).click();
      assertTrue(box.isSelected());
      setDate(
          driver.findElement(
              By.cssSelector("#held-list input[type=date][data-tier='" + tier + "']")),
          held.get("recognised").asText());
    }
  }

  @Test
  void jiaoheFirmAnswersTheQuestionnaireAndSeesTheApisOutcomes() throws IOException {
    start(1280, 900);
    open();
    ObjectNode sample = sampleJson("jiaohe-firm.json");
    placeJiaohe(sample);
    driver.findElement(By.id("firm-name")).sendKeys(sample.get("name").asText());
    driver.findElement(By.id("start")).click();

    List<String> asked = new ArrayList<>();
    int answered = 0;
    for (int round = 0; round < 200; round++) {
      String last = asked.isEmpty() ? null : asked.get(asked.size() - 1);
      String current =
          waiting()
              .until(
                  d -> {
                    String input =
                        (String)
                            ((JavascriptExecutor) d)
                                .executeScript(
                                    "if (!document.getElementById('q-finished').hidden) return '';"
                                        + "const q = document.querySelector('#q-box [data-question]'); return q ? q.dataset.question : null;");
                    return input == null || input.equals(last) ? null : input;
                  });
      if (current.isEmpty()) {
        break;
      }
      assertFalse(asked.contains(current), "asked twice: " + current);
      asked.add(current);
      WebElement box = driver.findElement(By.cssSelector("#q-box [data-question]"));
      ObjectNode q =
          TestServer.JSON
              .createObjectNode()
              .put("input", current)
              .put("kind", box.getDomAttribute("data-kind"));
      if (!box.getDomAttribute("data-unit").isEmpty()) {
        q.put("unit", box.getDomAttribute("data-unit"));
      }
      String answer = ApiTest.sampleAnswer(sample, q);
      if (answer == null) {
        driver.findElement(By.id("q-skip")).click();
      } else if (q.get("kind").asText().equals("YES_NO")) {
        driver
            .findElement(
                By.cssSelector("label[for='" + (answer.equals("yes") ? "a-yes" : "a-no") + "']"))
            .click();
        driver.findElement(By.id("q-next")).click();
        answered++;
      } else {
        // Typed and submitted from the keyboard alone.
        WebElement field = driver.findElement(By.id("a-num"));
        assertEquals(field, driver.switchTo().activeElement(), "the answer field has the focus");
        field.sendKeys(answer, Keys.ENTER);
        answered++;
      }
    }
    assertTrue(answered > 5, "the sample answered several questions: " + answered);
    assertTrue(driver.findElement(By.id("q-finished")).isDisplayed());

    Map<String, String> page = pageOutcomes();
    Map<String, String> api = ApiTest.pageOutcomes(postJson("/api/v1/assess", sample).json());
    assertEquals(api, page);
    assertTrue(page.containsValue("HELD"), "the sample's recognition is shown");

    // The trace of a tier is one click away.
    WebElement rung = driver.findElement(By.cssSelector("li.rung[data-tier='cn.little-giant']"));
    WebElement button = rung.findElement(By.cssSelector("button.trace-btn"));
    button.click();
    waiting().until(d -> !rung.findElements(By.cssSelector(".trace h5")).isEmpty());
    assertEquals("true", button.getDomAttribute("aria-expanded"));
    assertFalse(rung.findElements(By.cssSelector(".trace .tree li")).isEmpty());

    everyControlHasALabel();
    screenshot("portal-zh.png");

    driver.findElement(By.id("lang")).click();
    waiting()
        .until(d -> d.findElement(By.tagName("h1")).getText().equals("SRDI policy self-check"));
    assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals(page, pageOutcomes(), "the outcomes do not change with the language");
    screenshot("portal-en.png");
  }

  @Test
  void phoneWidthNeedsNoSideways() throws IOException {
    start(390, 844);
    open();
    ObjectNode sample = sampleJson("jiaohe-firm.json");
    placeJiaohe(sample);
    driver.findElement(By.id("start")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#q-box [data-question]")).isEmpty());
    waiting().until(d -> !d.findElements(By.cssSelector("li.rung")).isEmpty());
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    long innerWidth = (Long) js.executeScript("return window.innerWidth;");
    assertTrue(
        scrollWidth <= innerWidth,
        "page wider than the phone: " + scrollWidth + " > " + innerWidth);
    for (String id : List.of("province", "city", "county", "q-next", "q-skip")) {
      WebElement e = driver.findElement(By.id(id));
      assertTrue(
          e.getRect().getX() >= 0 && e.getRect().getX() + e.getRect().getWidth() <= innerWidth,
          id + " off screen");
    }
    everyControlHasALabel();
    screenshot("portal-phone.png");
  }

  /** Every form control can be named by assistive technology. */
  private void everyControlHasALabel() {
    @SuppressWarnings("unchecked")
    List<String> unlabelled =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return [...document.querySelectorAll('input, select, button')].filter(e => !e.closest('[hidden]'))"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())"
                        + ".map(e => e.id || e.outerHTML);");
    assertEquals(List.of(), unlabelled);
  }

  private Map<String, String> pageOutcomes() {
    Map<String, String> m = new TreeMap<>();
    for (WebElement li : driver.findElements(By.cssSelector("li.rung[data-tier]"))) {
      String previous = m.put(li.getDomAttribute("data-tier"), li.getDomAttribute("data-standing"));
      assertTrue(previous == null || previous.equals(li.getDomAttribute("data-standing")));
    }
    return m;
  }

  private void screenshot(String name) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Dimension before = driver.manage().window().getSize();
    long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 12000)));
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(before);
  }
}
