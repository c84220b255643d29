#!/usr/bin/env python3
"""End-to-end test of the therapist's web page in a real browser (headless Chromium via Selenium).

Starts `homeprogram-serve` on a free loopback port, fills the form like a therapist would for the
bundled disc sample, checks the preview against `homeprogram plan`, downloads the PDF and checks it
is byte-for-byte what `homeprogram generate` writes for the same profile, clinic and date, checks
field errors (every one at once), the emergency referral and "Load profile", edits a dose, a note
and the order in the preview and finds them in the downloaded PDF and profile, runs axe-core over
the page before and after editing and in the error state (no WCAG 2 A/AA violation), and takes
a screenshot.

Run by scripts/browser-test.sh (and so by `make test`). Exits non-zero when anything fails,
including when the browser cannot start: it never skips.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "Samples", "patients", "jose-disc.yaml")
SECOND_SAMPLE = os.path.join(ROOT, "Samples", "patients", "margaret-stenosis.yaml")
SPANISH_SAMPLE = os.path.join(ROOT, "Samples", "patients", "rosa-disc-es.yaml")
CLINIC = os.path.join(ROOT, "Samples", "clinic.yaml")
WAIT = 30
NOTE = "Squeeze a pillow between your knees."
# The WCAG 2 A/AA rule sets the bundled axe-core knows (it has no wcag21a or wcag22aa tags).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]


class Server:
    """homeprogram-serve on port 0; the URL is read from its first line of output."""

    def __init__(self, binary):
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--clinic", CLINIC],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        self.log = []
        self.url = None
        ready = threading.Event()

        def read_stdout():
            for line in self.process.stdout:
                match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
                if match and not self.url:
                    self.url = match.group(1)
                    ready.set()

        def read_stderr():
            for line in self.process.stderr:
                self.log.append(line.rstrip("\n"))

        threading.Thread(target=read_stdout, daemon=True).start()
        threading.Thread(target=read_stderr, daemon=True).start()
        if not ready.wait(60):
            self.stop()
            raise RuntimeError("homeprogram-serve did not print its URL; stderr: %s" % self.log)

    def post(self, path, body, content_type):
        request = urllib.request.Request(
            self.url.rstrip("/") + path, data=body.encode("utf-8"), method="POST",
            headers={"Content-Type": content_type})
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.read().decode("utf-8")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def run_cli(cli, *args):
    result = subprocess.run([cli, *args], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError("homeprogram %s failed: %s" % (" ".join(args), result.stderr))
    return result.stdout


def make_browser(download_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1250", "--lang=en-US", "--hide-scrollbars",
                     "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": download_dir,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    browser = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    browser.set_script_timeout(180)
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return browser


class Page:
    """The form, driven through labels, keys and clicks as a therapist would."""

    def __init__(self, browser):
        self.browser = browser
        # The preview's list is drawn anew on every change: an element found a moment ago may be gone.
        self.wait = WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException,))

    def element(self, css):
        return self.browser.find_element(By.CSS_SELECTOR, css)

    def by_name(self, name):
        return self.element("[name='%s']" % name)

    def type(self, name, value):
        field = self.by_name(name)
        field.clear()
        if value is not None:
            field.send_keys(str(value))

    def choose(self, name, value):
        Select(self.by_name(name)).select_by_value(value)

    def click_label(self, name, value):
        box = self.element("input[name='%s'][value='%s']" % (name, value))
        label = self.element("label[for='%s']" % box.get_attribute("id"))
        self.browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
        label.click()

    def set_checked(self, name, values):
        for box in self.browser.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name='%s']" % name):
            wanted = box.get_attribute("value") in values
            if box.is_selected() != wanted:
                if not box.is_displayed():
                    self.browser.execute_script("arguments[0].closest('details').open = true", box)
                self.click_label(name, box.get_attribute("value"))

    def fill(self, profile):
        patient = profile["patient"]
        symptoms = profile["symptoms"]
        self.type("patient.name", patient["name"])
        self.type("patient.reference", patient.get("reference"))
        self.type("patient.age", patient.get("age"))
        # Date inputs take keys in the browser's locale order; set the value as the date picker would.
        self.browser.execute_script("arguments[0].value = arguments[1]", self.by_name("date"), profile.get("date", ""))
        self.type("therapist", profile.get("therapist"))
        self.click_label("side", profile["side"])
        self.click_label("cause", profile["cause"])
        self.type("symptoms.pain_now", symptoms["pain_now"])
        self.type("symptoms.pain_worst_24h", symptoms["pain_worst_24h"])
        self.choose("symptoms.settle_time", symptoms["settle_time"])
        self.choose("symptoms.night_pain", symptoms["night_pain"])
        self.type("symptoms.duration_weeks", symptoms["duration_weeks"])
        self.click_label("symptoms.below_knee", "true" if symptoms["below_knee"] else "false")
        self.choose("symptoms.peripheralises", symptoms["peripheralises"])
        self.choose("symptoms.direction", symptoms["direction"])
        self.choose("symptoms.neuro", symptoms["neuro"])
        self.set_checked("red_flags", profile["red_flags"])
        self.set_checked("conditions", profile["conditions"])
        self.set_checked("equipment", profile["equipment"])
        cleared = self.by_name("cleared_for_massage_gun")
        if cleared.is_selected() != profile["cleared_for_massage_gun"]:
            self.element("label[for='%s']" % cleared.get_attribute("id")).click()
        self.set_checked("exclude", profile["exclude"])
        self.set_checked("include", profile["include"])
        self.type("notes", profile.get("notes"))

    def preview(self):
        before = self.element("#status").text
        self.element("#preview-button").click()
        self.wait.until(lambda _: self.element("#status").text != before
                        and not self.element("#status").text.endswith("…"))
        return self.element("#status").text

    def wait_for_status(self, before):
        self.wait.until(lambda _: self.element("#status").text != before
                        and not self.element("#status").text.endswith("…"))
        return self.element("#status").text

    def blank_status(self):
        """Empties the status line, so the next one shows even when its words are the same."""
        self.browser.execute_script("document.getElementById('status').textContent = ''")
        return ""

    def edit(self, css, value):
        """Types into a field of the preview and leaves it with Tab, as a keyboard user would."""
        before = self.blank_status()
        field = self.element(css)
        self.browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.click()
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(Keys.DELETE)
        field.send_keys(str(value))
        field.send_keys(Keys.TAB)
        return self.wait_for_status(before)

    def axe_violations(self):
        """axe-core over the whole page: the WCAG 2 A/AA violations, one line each."""
        axe = Axe(self.browser)
        axe.inject()
        results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}}))
        return ["%s (%s): %s" % (violation["id"], violation["impact"],
                                 [node["target"] for node in violation["nodes"]][:5])
                for violation in results["violations"]]

    def plan_item_names(self):
        return [item.text for item in self.browser.find_elements(By.CSS_SELECTOR, "#plan-items .item-name")]


def wait_for_file(directory, name, timeout=WAIT):
    path = os.path.join(directory, name)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload") and os.path.getsize(path) > 0:
            time.sleep(0.2)
            return path
        time.sleep(0.1)
    raise AssertionError("download %s did not appear in %s (found %s)" % (name, directory, os.listdir(directory)))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="folder with homeprogram and homeprogram-serve")
    parser.add_argument("--screenshot", required=True, help="where to write the filled page's PNG")
    args = parser.parse_args()
    cli = os.path.join(args.bin, "homeprogram")
    serve = os.path.join(args.bin, "homeprogram-serve")
    started = time.time()
    work = tempfile.mkdtemp(prefix="homeprogram-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    results = []
    server = None
    browser = None

    def step(name, function):
        try:
            function()
            results.append((name, True))
            print("ok   %s" % name, flush=True)
        except Exception:  # noqa: BLE001 - every failure is reported, then the run fails
            results.append((name, False))
            print("FAIL %s\n%s" % (name, traceback.format_exc()), flush=True)

    try:
        server = Server(serve)
        browser = make_browser(downloads)  # raises when Chromium cannot run: that is a failure
        page = Page(browser)
        with open(SAMPLE, encoding="utf-8") as handle:
            profile = json.loads(server.post("/api/profile/normalize", handle.read(), "application/yaml"))
        expected_plan = json.loads(run_cli(cli, "plan", SAMPLE, "--format", "json"))
        expected_pdf_path = os.path.join(work, "expected.pdf")
        run_cli(cli, "generate", SAMPLE, "--clinic", CLINIC, "-o", expected_pdf_path)

        def opens():
            browser.get(server.url)
            page.wait.until(EC.presence_of_element_located((By.ID, "profile-form")))
            check("Home-exercise handout" in browser.title, "title: %r" % browser.title)
            check(page.by_name("date").get_attribute("value") != "", "the date defaults to today")

        def fills_and_previews():
            page.fill(profile)
            status = page.preview()
            check(status.startswith("Preview ready"), "status: %r" % status)
            names = page.plan_item_names()
            check(names == [item["name"] for item in expected_plan["items"]],
                  "plan items %r != CLI %r" % (names, [item["name"] for item in expected_plan["items"]]))
            decisions = browser.find_elements(By.CSS_SELECTOR, "#plan-decisions li")
            check(len(decisions) == len(expected_plan["decisions"]) and len(decisions) > 0, "decisions shown")
            check(profile["patient"]["name"] in page.element("#preview-text").text, "preview names the patient")
            check(not page.element("#referral").is_displayed(), "no referral for a program")

        def downloads_the_same_pdf():
            page.element("#pdf-button").click()
            path = wait_for_file(downloads, "P-0042.pdf")
            with open(path, "rb") as got, open(expected_pdf_path, "rb") as want:
                got_bytes, want_bytes = got.read(), want.read()
            check(got_bytes.startswith(b"%PDF"), "the download is a PDF")
            check(got_bytes == want_bytes, "PDF differs from homeprogram generate (%d vs %d bytes)"
                  % (len(got_bytes), len(want_bytes)))

        def warns_of_a_long_large_print_handout():
            # The sample in large print runs over its page target: the status line says so.
            os.remove(os.path.join(downloads, "P-0042.pdf"))
            before = page.blank_status()
            page.element("#opt-large-print").click()
            try:
                page.element("#pdf-button").click()
                status = page.wait_for_status(before)
                wait_for_file(downloads, "P-0042.pdf")
                check(status.startswith("Downloaded P-0042.pdf. Note: the short handout runs ")
                      and "over its target of 10" in status, "status after a large-print download: %r" % status)
            finally:
                page.element("#opt-large-print").click()
                os.remove(os.path.join(downloads, "P-0042.pdf"))
            # The normal handout is within its target: no note.
            before = page.blank_status()
            page.element("#pdf-button").click()
            status = page.wait_for_status(before)
            wait_for_file(downloads, "P-0042.pdf")
            check(status == "Downloaded P-0042.pdf.", "status after a normal download: %r" % status)

        def downloads_the_profile():
            page.element("#yaml-button").click()
            path = wait_for_file(downloads, "P-0042.yaml")
            check(json.loads(run_cli(cli, "plan", path, "--format", "json")) == expected_plan,
                  "the downloaded profile plans like the sample")

        def axe_clean(state):
            def run():
                violations = page.axe_violations()
                check(not violations, "axe-core, %s: %d WCAG 2 A/AA violations:\n  %s"
                      % (state, len(violations), "\n  ".join(violations)))
            return run

        def edits_dose_note_and_order():
            # Bridge (ST01): 10 reps planned, 12 allowed at moderate irritability (R-LVL-ST).
            status = page.edit("#adj-ST01-reps", 12)
            check(status.startswith("Preview ready"), "status after the dose: %r" % status)
            check(page.element("#adj-ST01-reps").get_attribute("value") == "12", "the dose stays as typed")
            check("2 × 12" in page.element("#item-ST01 .dose").text, "the list shows the new dose")
            status = page.edit("#adj-ST01-note", NOTE)
            check(status.startswith("Preview ready"), "status after the note: %r" % status)
            preview_text = " ".join(page.element("#preview-text").text.split())
            check("2 sets of 12" in preview_text, "the text preview follows the dose")
            check("From your therapist: " + NOTE in preview_text, "the text preview shows the note")
            names = page.plan_item_names()
            moved = names[2]
            button = page.element("#adj-NG01-up")
            check(button.get_attribute("aria-label") == "Move %s up" % moved, "the button names its exercise")
            before = page.blank_status()
            button.click()
            page.wait_for_status(before)
            page.wait.until(lambda _: page.plan_item_names()[1] == moved)
            check(page.plan_item_names() == names[:1] + [moved, names[1]] + names[3:], "moved one place up")
            active = browser.switch_to.active_element.get_attribute("id")
            check(active == "adj-NG01-up", "the focus stays on the button (%r)" % active)
            browser.execute_script("window.scrollTo(0, 0)")
            browser.execute_script("document.getElementById('item-ST01').scrollIntoView({block: 'center'})")
            os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
            browser.save_screenshot(args.screenshot)
            size = os.path.getsize(args.screenshot)
            check(size < 300 * 1024, "screenshot is %d bytes (limit 300 KB)" % size)

        def edited_pdf_has_the_dose_and_the_note():
            os.remove(os.path.join(downloads, "P-0042.pdf"))
            page.element("#pdf-button").click()
            path = wait_for_file(downloads, "P-0042.pdf")
            text = " ".join(subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True,
                                           check=True).stdout.split())
            check("2 sets of 12 × 3-second holds" in text, "the PDF shows the edited dose")
            check("From your therapist: " + NOTE in text, "the PDF shows the note")

        def edited_profile_round_trips():
            os.remove(os.path.join(downloads, "P-0042.yaml"))
            page.element("#yaml-button").click()
            path = wait_for_file(downloads, "P-0042.yaml")
            with open(path, encoding="utf-8") as handle:
                saved = json.loads(server.post("/api/profile/normalize", handle.read(), "application/yaml"))
            adjust = saved.get("adjust", {})
            check(adjust.get("ST01", {}).get("reps") == 12 and adjust["ST01"].get("note") == NOTE,
                  "the downloaded profile keeps the edits: %r" % adjust)
            check(adjust.get("NG01", {}).get("order") == 2, "and the move: %r" % adjust)
            # The PDF of the downloaded profile is the one the page gave.
            want = os.path.join(work, "edited.pdf")
            run_cli(cli, "generate", path, "--clinic", CLINIC, "-o", want)
            with open(want, "rb") as cli_pdf, open(os.path.join(downloads, "P-0042.pdf"), "rb") as page_pdf:
                check(cli_pdf.read() == page_pdf.read(), "the page's PDF equals homeprogram generate of its profile")
            # Load profile reads the edits back into the preview.
            page.element("#undo-adjust").click()
            page.wait.until(lambda _: page.element("#adj-ST01-reps").get_attribute("value") == "10")
            page.element("#load-input").send_keys(path)
            page.wait.until(lambda _: page.element("#adj-ST01-reps").get_attribute("value") == "12")
            check(page.element("#adj-ST01-note").get_attribute("value") == NOTE, "the note is read back")
            check(page.plan_item_names()[1] == "Lying nerve slider", "the order is read back")

        def shows_errors_by_field():
            page.type("symptoms.pain_now", "11")
            page.type("symptoms.pain_worst_24h", "12")
            page.type("symptoms.duration_weeks", "many")
            status = page.preview()
            check("3 problems" in status, "all problems at once: %r" % status)
            slot = page.element("#e-symptoms-pain_now")
            check(slot.is_displayed(), "error shown next to pain now")
            check(slot.text.endswith("symptoms.pain_now: 11 is out of range; allowed 0–10."), "message: %r" % slot.text)
            check(page.by_name("symptoms.pain_now").get_attribute("aria-invalid") == "true", "field marked invalid")
            for name in ("symptoms.pain_worst_24h", "symptoms.duration_weeks"):
                other = page.element("#e-" + name.replace(".", "-"))
                check(other.is_displayed() and name in other.text, "error shown next to %s: %r" % (name, other.text))
                check(page.by_name(name).get_attribute("aria-invalid") == "true", "%s marked invalid" % name)
            check(len(browser.find_elements(By.CSS_SELECTOR, "#error-list li")) == 3, "the summary lists all three")
            axe_clean("the form's error state")()
            page.type("symptoms.pain_now", profile["symptoms"]["pain_now"])
            page.type("symptoms.pain_worst_24h", profile["symptoms"]["pain_worst_24h"])
            page.type("symptoms.duration_weeks", profile["symptoms"]["duration_weeks"])
            page.preview()
            check(not slot.is_displayed(), "error cleared")

        def shows_a_dose_error_next_to_its_field():
            status = page.edit("#adj-ST01-reps", 40)
            slot = page.element("#e-adjust-ST01-reps")
            check(slot.is_displayed() and "R-LVL-ST" in slot.text, "the limit and rule next to the dose: %r" % slot.text)
            check(page.element("#adj-ST01-reps").get_attribute("aria-invalid") == "true", "dose marked invalid")
            check("problem" in status, "status: %r" % status)
            axe_clean("a dose above its limit")()
            status = page.edit("#adj-ST01-reps", 12)
            # The list is drawn anew, with empty error slots.
            check(status.startswith("Preview ready") and not page.element("#e-adjust-ST01-reps").is_displayed(),
                  "error cleared: %r" % status)

        def emergency_flag_gives_referral():
            page.click_label("red_flags", "bladder_change")
            page.preview()
            referral = page.element("#referral")
            check(referral.is_displayed(), "referral shown")
            check("EMERGENCY REFERRAL" in page.element("#referral-title").text, "emergency title")
            check("Bladder change (RF-E1): emergency" in page.element("#referral-flags").text, "flag listed")
            check(page.plan_item_names() == [], "no exercises")
            check(not page.element("#plan-items-block").is_displayed(), "exercise list hidden")
            page.click_label("red_flags", "bladder_change")

        def loads_a_profile_file():
            page.element("#load-input").send_keys(SECOND_SAMPLE)
            page.wait.until(lambda _: page.by_name("patient.name").get_attribute("value").startswith("Margaret"))
            page.wait.until(lambda _: page.element("#status").text.startswith("Preview ready"))
            want = json.loads(run_cli(cli, "plan", SECOND_SAMPLE, "--format", "json"))
            page.wait.until(lambda _: page.plan_item_names() == [item["name"] for item in want["items"]])
            check(page.element("input[name='cause'][value='stenosis']").is_selected(), "cause filled in")

        def spanish_profile_and_language_picker():
            page.element("#load-input").send_keys(SPANISH_SAMPLE)
            page.wait.until(lambda _: page.by_name("patient.name").get_attribute("value").startswith("Rosa"))
            page.wait.until(lambda _: "Fecha: 25 de noviembre de 2026" in page.element("#preview-text").text)
            chosen = Select(page.by_name("language")).first_selected_option.get_attribute("value")
            check(chosen == "es", "the language picker shows the profile's language: %r" % chosen)
            page.element("#yaml-button").click()
            path = wait_for_file(downloads, "P-0108.yaml")
            with open(path, encoding="utf-8") as handle:
                check("\nlanguage: es\n" in handle.read(), "Download profile keeps language: es")
            page.choose("language", "en")
            page.preview()
            check("Date: November 25, 2026" in page.element("#preview-text").text, "English again after choosing English")

        def no_console_errors():
            # The 400s this test provokes on purpose are logged as network errors; anything else
            # severe (a script error, a CSP violation) fails the test.
            severe = [entry for entry in browser.get_log("browser") if entry.get("level") == "SEVERE"
                      and not (entry.get("source") == "network" and "status of 400" in entry.get("message", ""))]
            check(not severe, "browser console errors (CSP?): %r" % severe)

        def log_has_no_patient_data():
            check(any(line.startswith("POST /api/handout 200") for line in server.log), "requests logged")
            for line in server.log:
                for secret in ("José", "Ñúñez", "P-0042", "Margaret"):
                    check(secret not in line, "patient data in the server log: %r" % line)

        for name, function in [
            ("page opens", opens),
            ("form filled, preview matches homeprogram plan", fills_and_previews),
            ("Download PDF equals homeprogram generate", downloads_the_same_pdf),
            ("a large-print PDF over its page target: the status line says so", warns_of_a_long_large_print_handout),
            ("Download profile round-trips", downloads_the_profile),
            ("axe-core: no WCAG 2 A/AA violations before editing", axe_clean("the preview before editing")),
            ("a dose, a note and the order edited in the preview", edits_dose_note_and_order),
            ("axe-core: no WCAG 2 A/AA violations after editing", axe_clean("the preview after editing")),
            ("the PDF shows the edited dose and the note", edited_pdf_has_the_dose_and_the_note),
            ("Download profile keeps the edits, Load profile reads them back", edited_profile_round_trips),
            ("every error shows next to its field at once (axe-core over the error state)", shows_errors_by_field),
            ("a dose above its limit shows next to its field (axe-core)", shows_a_dose_error_next_to_its_field),
            ("emergency flag shows the referral", emergency_flag_gives_referral),
            ("Load profile fills the form", loads_a_profile_file),
            ("a Spanish profile: the picker, a Spanish preview, language kept in the download",
             spanish_profile_and_language_picker),
            ("no console or CSP errors", no_console_errors),
            ("server log holds no patient data", log_has_no_patient_data),
        ]:
            step(name, function)
    except Exception:  # noqa: BLE001
        print("FAIL setup\n%s" % traceback.format_exc(), flush=True)
        results.append(("setup", False))
    finally:
        if browser is not None:
            browser.quit()
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)

    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print("browser test took %.1f s" % (time.time() - started))
    print("browser: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
